using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Prb.Events.Hosting;

namespace Prb.Events.Hosting.Tests.DependencyInjection;

/// <summary>The start-up check of the options: every limit at both of its edges, each failure naming the option and
/// the value given.</summary>
public sealed class PrbEventsOptionsValidatorTests
{
    private static readonly TimeSpan Tick = TimeSpan.FromTicks(1);

    [Fact]
    public void The_defaults_with_a_folder_are_valid()
    {
        var result = Validate(new PrbEventsOptions { CatalogPath = "events" });

        Assert.True(result.Succeeded);
        Assert.Null(result.Failures);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \t")]
    public void The_folder_catalogue_needs_a_folder(string? path)
    {
        var result = Validate(new PrbEventsOptions { CatalogPath = path });

        Assert.Equal(
            ["PrbEventsOptions.CatalogPath must name the folder of event documents (or replace IEventCatalog with your own)."],
            result.Failures);
    }

    [Fact]
    public void A_catalogue_of_the_host_registered_after_needs_no_folder()
    {
        var services = new ServiceCollection();
        services.AddPrbEvents();
        services.AddSingleton<IEventCatalog>(new InMemoryEventCatalog([], Instant.FromUtc(2026, 11, 29, 0, 0)));

        var result = new PrbEventsOptionsValidator(services).Validate(null, new PrbEventsOptions());

        Assert.True(result.Succeeded);
    }

    [Fact]
    public void A_catalogue_type_of_the_host_registered_after_needs_no_folder()
    {
        var services = new ServiceCollection();
        services.AddPrbEvents();
        services.AddSingleton<IEventCatalog, EmptyCatalog>();

        var result = new PrbEventsOptionsValidator(services).Validate(null, new PrbEventsOptions());

        Assert.True(result.Succeeded);
    }

    [Theory]
    [InlineData(1024L)]
    [InlineData(1024L * 1024 * 1024)]
    public void A_document_size_limit_from_1_KiB_to_1_GiB_is_valid(long size) =>
        Assert.True(Validate(new PrbEventsOptions { CatalogPath = "events", MaxDocumentSize = size }).Succeeded);

    [Theory]
    [InlineData(1023L)]
    [InlineData(1024L * 1024 * 1024 + 1)]
    public void A_document_size_limit_outside_1_KiB_to_1_GiB_is_refused(long size) =>
        Assert.Equal(
            [$"PrbEventsOptions.MaxDocumentSize must be from 1024 bytes to 1 GiB; it is {size}."],
            Validate(new PrbEventsOptions { CatalogPath = "events", MaxDocumentSize = size }).Failures);

    [Theory]
    [InlineData(1, 1)]
    [InlineData(1000, 1000)]
    [InlineData(1000, 1)]
    public void Page_sizes_from_1_to_1000_with_the_default_within_the_largest_are_valid(int max, int @default) =>
        Assert.True(Validate(new PrbEventsOptions { CatalogPath = "events", MaxPageSize = max, DefaultPageSize = @default }).Succeeded);

    [Theory]
    [InlineData(0)]
    [InlineData(1001)]
    public void A_largest_page_size_outside_1_to_1000_is_refused(int max) =>
        Assert.Contains(
            $"PrbEventsOptions.MaxPageSize must be from 1 to 1000; it is {max}.",
            Validate(new PrbEventsOptions { CatalogPath = "events", MaxPageSize = max, DefaultPageSize = 1 }).Failures!);

    [Theory]
    [InlineData(0)]
    [InlineData(51)]
    public void A_default_page_size_outside_1_to_the_largest_is_refused(int @default) =>
        Assert.Equal(
            [$"PrbEventsOptions.DefaultPageSize must be from 1 to MaxPageSize (50); it is {@default}."],
            Validate(new PrbEventsOptions { CatalogPath = "events", MaxPageSize = 50, DefaultPageSize = @default }).Failures);

    [Fact]
    public void Cache_ages_from_zero_to_one_day_are_valid()
    {
        Assert.True(Validate(new PrbEventsOptions { CatalogPath = "events", CacheMaxAge = TimeSpan.Zero }).Succeeded);
        Assert.True(Validate(new PrbEventsOptions { CatalogPath = "events", CacheMaxAge = TimeSpan.FromDays(1) }).Succeeded);
    }

    [Fact]
    public void A_cache_age_below_zero_or_above_one_day_is_refused()
    {
        var below = -Tick;
        var above = TimeSpan.FromDays(1) + Tick;

        Assert.Equal([$"PrbEventsOptions.CacheMaxAge must be from zero to one day; it is {below}."],
            Validate(new PrbEventsOptions { CatalogPath = "events", CacheMaxAge = below }).Failures);
        Assert.Equal([$"PrbEventsOptions.CacheMaxAge must be from zero to one day; it is {above}."],
            Validate(new PrbEventsOptions { CatalogPath = "events", CacheMaxAge = above }).Failures);
    }

    [Fact]
    public void Refresh_intervals_from_zero_to_one_hour_are_valid()
    {
        Assert.True(Validate(new PrbEventsOptions { CatalogPath = "events", CatalogRefreshInterval = TimeSpan.Zero }).Succeeded);
        Assert.True(Validate(new PrbEventsOptions { CatalogPath = "events", CatalogRefreshInterval = TimeSpan.FromHours(1) }).Succeeded);
    }

    [Fact]
    public void A_refresh_interval_below_zero_or_above_one_hour_is_refused()
    {
        var below = -Tick;
        var above = TimeSpan.FromHours(1) + Tick;

        Assert.Equal([$"PrbEventsOptions.CatalogRefreshInterval must be from zero to one hour; it is {below}."],
            Validate(new PrbEventsOptions { CatalogPath = "events", CatalogRefreshInterval = below }).Failures);
        Assert.Equal([$"PrbEventsOptions.CatalogRefreshInterval must be from zero to one hour; it is {above}."],
            Validate(new PrbEventsOptions { CatalogPath = "events", CatalogRefreshInterval = above }).Failures);
    }

    [Fact]
    public void Every_failure_is_reported_at_once()
    {
        var result = Validate(new PrbEventsOptions
        {
            MaxDocumentSize = 0, MaxPageSize = 0, DefaultPageSize = 0, CacheMaxAge = -Tick, CatalogRefreshInterval = -Tick,
        });

        Assert.False(result.Succeeded);
        Assert.Equal(
            ["CatalogPath", "MaxDocumentSize", "MaxPageSize", "DefaultPageSize", "CacheMaxAge", "CatalogRefreshInterval"],
            result.Failures!.Select(f => f["PrbEventsOptions.".Length..f.IndexOf(' ', StringComparison.Ordinal)]));
    }

    private static Microsoft.Extensions.Options.ValidateOptionsResult Validate(PrbEventsOptions options)
    {
        var services = new ServiceCollection();
        services.AddPrbEvents();
        return new PrbEventsOptionsValidator(services).Validate(null, options);
    }

    private sealed class EmptyCatalog : IEventCatalog
    {
        public ValueTask<EventCatalogSnapshot> GetSnapshotAsync(CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(EventCatalogSnapshot.Empty);
    }
}
