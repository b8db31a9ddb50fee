using Prb.Events.Samples.Web;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Localization;
using Prb.Events.Samples.Web.Pages;
using Prb.Events.Samples.Web.Site;

var builder = WebApplication.CreateBuilder(args);

// The events: JSON documents of samples/events (PrbEvents:CatalogPath in appsettings.json), with their export formats.
var events = builder.Services.AddPrbEvents(options => builder.Configuration.GetSection("PrbEvents").Bind(options))
    .AddIcalendar(options =>
    {
        options.FeedName = "Wydarzenia bibliotek — Prb.Events";
        options.UidDomain = "events.prb.invalid";
    })
    .AddConferenceSchedules();

// Or the events of a PostgreSQL database (PrbEvents:Catalog=postgres and ConnectionStrings:PrbEvents), which any number
// of instances of the site share: each sees a write by another within a second. Migrations are applied at start-up.
switch (builder.Configuration["PrbEvents:Catalog"]?.ToUpperInvariant())
{
    case null or "" or "FOLDER":
        break;
    case "POSTGRES":
        events.AddPostgreSqlCatalog(options =>
        {
            options.ConnectionString = builder.Configuration.GetConnectionString("PrbEvents");
            options.ApplyMigrationsAtStartup = true;
        });
        break;
    default:
        throw new InvalidOperationException($"PrbEvents:Catalog is '{builder.Configuration["PrbEvents:Catalog"]}'; use 'folder' (the default) or 'postgres'.");
}

// Editors: a JWT bearer token with the role "editor" (Authentication:Schemes:Bearer in the configuration; in
// Development, `dotnet user-jwts create --role editor` writes it there and prints a token).
builder.Services.AddAuthentication().AddJwtBearer();
builder.Services.AddAuthorization();

builder.Services.Configure<SiteOptions>(builder.Configuration.GetSection("Site"));
builder.Services.AddProblemDetails();
builder.Services.AddOpenApi();

// The pages: Razor components rendered from the endpoints, their words from Resources/SiteText.{pl,en}.resx in the
// culture of the address (Polish at /, English at /en), every letter of every script written as itself.
builder.Services.AddRazorComponents();
builder.Services.AddLocalization(options => options.ResourcesPath = "Resources");
builder.Services.AddSingleton<HtmlEncoder>(SiteHtmlEncoder.Instance);
builder.Services.Configure<RequestLocalizationOptions>(options =>
{
    options.SupportedCultures = options.SupportedUICultures = [SiteLanguage.Polish.Culture, SiteLanguage.English.Culture];
    options.DefaultRequestCulture = new RequestCulture(SiteLanguage.Polish.Culture);
    options.RequestCultureProviders = [new PathCultureProvider()];
});

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseStaticFiles();
app.UseRequestLocalization();
app.UseAuthentication();
app.UseAuthorization();
app.MapOpenApi();
app.MapPrbEvents("/events");

// PUT and DELETE /events/{slug}, with If-Match: anonymous writes get 401, other roles 403.
app.MapPrbEventsEditing("/events").RequireAuthorization(policy => policy.RequireRole("editor"));
app.MapEventPages();
if (LoadBaseline.IsEnabled)
{
    // benchmarks/load/run.sh only: the same .ics bytes from memory, to measure the real endpoints against.
    await app.MapLoadBaselineAsync();
}

app.Run();

/// <summary>The sample site's entry point, visible to the in-memory tests.</summary>
public partial class Program;
