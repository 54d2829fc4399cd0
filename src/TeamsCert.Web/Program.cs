using TeamsCert.Infrastructure.BackgroundWork;
using TeamsCert.Infrastructure.Documents;
using TeamsCert.Infrastructure.Links;
using TeamsCert.Infrastructure.Persistence;
using TeamsCert.Infrastructure.Rules;
using TeamsCert.Web.Bot;
using TeamsCert.Web.Bot.Cards;
using TeamsCert.Web.Cases;
using TeamsCert.Web.Documents;
using TeamsCert.Web.Errors;
using TeamsCert.Web.Health;
using TeamsCert.Web.Identity;
using TeamsCert.Web.Links;
using TeamsCert.Web.Links.Runtime;
using TeamsCert.Web.Portal;

var builder = WebApplication.CreateBuilder(args);
builder.AddTeamsCertRules();
builder.AddTeamsCertDatabase();
builder.AddTeamsCertBackgroundWork();
builder.AddTeamsCertAuthentication();
builder.AddTeamsCertBot();
builder.AddTeamsCertCards();
builder.AddTeamsCertDocuments();
builder.AddTeamsCertLinks();
builder.AddTeamsCertPortal();
builder.AddTeamsCertRuntimeLinks();
builder.Services.AddScoped<CaseQueries>();
builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<DomainExceptionHandler>();
builder.Services.AddOpenApi();

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();
app.MapOpenApi().AllowAnonymous();
app.MapHealth();
app.MapCases();
app.MapDocuments();
app.MapBot();
app.MapLinks();
app.MapPortal();
app.Run();

/// <summary>Entry point, public so integration tests can host the app.</summary>
public partial class Program;
