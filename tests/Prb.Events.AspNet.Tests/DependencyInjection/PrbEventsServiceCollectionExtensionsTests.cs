using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;
using Prb.Events.Hosting;
using Prb.Events.AspNet.Tests.TestSupport;
using Prb.Events.Export;

namespace Prb.Events.AspNet.Tests.DependencyInjection;

public class PrbEventsServiceCollectionExtensionsTests
{
    [Fact]
    public void AddPrbEvents_Twice_RegistersNothingTwice()
    {
        var once = new ServiceCollection();
        once.AddPrbEvents();
        var twice = new ServiceCollection();
        twice.AddPrbEvents();
        twice.AddPrbEvents().AddExportFormat(JsonDocumentExportFormat.Instance);

        Assert.Equal(once.Count, twice.Count);
        Assert.Single(twice, d => d.ServiceType == typeof(IEventCatalog));
        Assert.Single(twice, d => d.ServiceType == typeof(ExportFormatRegistration));
    }

    [Fact]
    public async Task AddPrbEvents_WorksInAConsoleHostWithoutAspNet()
    {
        using var folder = Seed.CopyToTempFolder();
        var services = new ServiceCollection().AddLogging();
        services.AddPrbEvents(o => o.CatalogPath = folder.FullPath).AddExportFormat(new CountingFormat());
        using var provider = services.BuildServiceProvider();

        var formats = provider.GetServices<ExportFormatRegistration>().Select(r => r.Format.Name).ToList();
        var snapshot = await provider.GetRequiredService<IEventCatalog>().GetSnapshotAsync();

        Assert.Equal(["json", "txt"], formats);
        Assert.NotNull(snapshot.Find(Seed.Slug));
    }

    [Theory]
    [InlineData(nameof(PrbEventsOptions.MaxPageSize))]
    [InlineData(nameof(PrbEventsOptions.DefaultPageSize))]
    [InlineData(nameof(PrbEventsOptions.CacheMaxAge))]
    [InlineData(nameof(PrbEventsOptions.CatalogRefreshInterval))]
    public async Task InvalidOptions_FailAtStartUp_NamingTheOption(string option)
    {
        using var folder = Seed.CopyToTempFolder();
        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => TestHost.StartAsync(s => s.AddPrbEvents(o =>
        {
            o.CatalogPath = folder.FullPath;
            switch (option)
            {
                case nameof(PrbEventsOptions.MaxPageSize): o.MaxPageSize = 0; break;
                case nameof(PrbEventsOptions.DefaultPageSize): o.DefaultPageSize = 500; break;
                case nameof(PrbEventsOptions.CacheMaxAge): o.CacheMaxAge = TimeSpan.FromDays(-1); break;
                default: o.CatalogRefreshInterval = TimeSpan.FromDays(2); break;
            }
        })));

        Assert.Contains($"PrbEventsOptions.{option}", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingCatalogPath_FailsAtStartUp_NamingTheOption()
    {
        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => TestHost.StartAsync(s => s.AddPrbEvents()));

        Assert.Contains("PrbEventsOptions.CatalogPath", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReplacedCatalog_NeedsNoCatalogPath()
    {
        await using var app = await TestHost.StartAsync(s =>
        {
            s.AddSingleton<IEventCatalog>(new InMemoryEventCatalog([Seed.Event], Instant.FromUtc(2011, 11, 8, 12, 0)));
            s.AddPrbEvents();
        });

        var response = await app.Client().GetAsync("/events/" + Seed.Slug);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task MapPrbEvents_WithoutAddPrbEvents_FailsAtStartUpSayingSo()
    {
        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => TestHost.StartAsync(_ => { }));

        Assert.Contains("AddPrbEvents", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddExportFormat_RejectsARouteWithoutSlug()
    {
        var builder = new ServiceCollection().AddPrbEvents();

        var ex = Assert.Throws<ArgumentException>(() => builder.AddExportFormat(new CountingFormat(), "all.txt"));

        Assert.Equal("eventRoutes", ex.ParamName);
    }
}
