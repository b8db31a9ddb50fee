using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Prb.Events.AspNet.Tests.TestSupport;

/// <summary>Builds a real ASP.NET Core pipeline on the in-memory test server.</summary>
public static class TestHost
{
    public static async Task<WebApplication> StartAsync(Action<IServiceCollection> services, Action<WebApplication>? map = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        services(builder.Services);
        var app = builder.Build();
        (map ?? (a => a.MapPrbEvents()))(app);
        await app.StartAsync();
        return app;
    }

    public static HttpClient Client(this WebApplication app) => app.GetTestClient();
}
