using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace TeamsCert.Infrastructure.Body;

public static class CertificationBodyExtensions
{
    /// <summary>
    /// Binds <see cref="CertificationBody"/> from <c>Body</c>; in Development an unconfigured body is the demo body.
    /// Refuses to start on a missing name or contact outside Development.
    /// </summary>
    public static IServiceCollection AddCertificationBody(this IServiceCollection services, IConfiguration configuration, bool development)
    {
        services.AddOptions<CertificationBody>()
            .Configure(body =>
            {
                var section = configuration.GetSection(CertificationBody.Section);
                if (development && !section.GetChildren().Any())
                {
                    var demo = CertificationBody.DevelopmentDefault();
                    body.Name = demo.Name;
                    body.NameEn = demo.NameEn;
                    body.Address = demo.Address;
                    body.AddressEn = demo.AddressEn;
                    body.Telephone = demo.Telephone;
                    body.Email = demo.Email;
                    body.AccreditationNumber = demo.AccreditationNumber;
                    return;
                }

                section.Bind(body);
            })
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<CertificationBody>>(new BodyValidation(development));
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<CertificationBody>>().Value);
        return services;
    }

    private sealed class BodyValidation(bool development) : IValidateOptions<CertificationBody>
    {
        public ValidateOptionsResult Validate(string? name, CertificationBody options)
        {
            var problems = options.Problems(development).ToList();
            return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
        }
    }
}
