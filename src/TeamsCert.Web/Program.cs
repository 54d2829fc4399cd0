using TeamsCert.Infrastructure.Rules;
using TeamsCert.Web.Health;

var builder = WebApplication.CreateBuilder(args);
builder.AddTeamsCertRules();

var app = builder.Build();
app.MapHealth();
app.Run();

/// <summary>Entry point, public so integration tests can host the app.</summary>
public partial class Program;
