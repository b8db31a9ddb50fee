using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using NodaTime;
using Prb.Events.Hosting;

namespace Prb.Events.Benchmarks;

/// <summary>
/// Measures how <see cref="EventQuery.Run"/> — a search ignoring diacritics, an audience and a date range — grows with
/// the catalogue. The Ratio column divides each mean by the mean at <see cref="BaselineN"/> events; target: 10,000
/// events within 15 times the time of 1,000 (the work is linear; each event's folded text is made once and kept).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 15, id: "Quick")]
[Config(typeof(ListingScalingConfig))]
public class ListingQueryBenchmarks
{
    /// <summary>The number of events that the Ratio column compares with.</summary>
    public const int BaselineN = 1_000;

    private static readonly string[] Titles = ["Żółw czyta dzieciom", "Spotkanie autorskie", "Szkolenie z katalogowania", "Noc bibliotek", "Klub seniora"];

    private EventCatalogSnapshot _snapshot = null!;
    private EventQuery _query = null!;

    /// <summary>Gets or sets the number of events in the catalogue.</summary>
    [Params(BaselineN, 10_000)]
    public int N { get; set; }

    /// <summary>Makes the catalogue and runs the query once, so that the folded texts exist as in a running host.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var scheduler = new EventScheduler(DateTimeZoneProviders.Tzdb);
        var audiences = Enum.GetValues<Audience>();
        var entries = new List<CatalogEntry>(N);
        for (var i = 0; i < N; i++)
        {
            var e = Event.CreateBuilder(new EventId($"e{i}"), $"{Titles[i % Titles.Length]} {i}")
                .InZone("Europe/Warsaw")
                .ForAudiences(audiences[i % audiences.Length])
                .Described("Wydarzenie w bibliotece gminnej, dla każdego, kto lubi książki.")
                .On(new LocalDate(2027, 1, 1).PlusDays(i % 365), new LocalTime(10, 0), new LocalTime(12, 0))
                .Build();
            entries.Add(new CatalogEntry(e, scheduler.Schedule(e), "memory", Instant.FromUtc(2027, 1, 1, 0, 0)));
        }

        _snapshot = new EventCatalogSnapshot(entries, 1);
        _query = new EventQuery(new LocalDate(2027, 3, 1), new LocalDate(2027, 9, 30), audience: Audience.Children, text: "zolw czyta");
        _ = _query.Run(_snapshot);
    }

    /// <summary>Runs the query.</summary>
    /// <returns>The result.</returns>
    [Benchmark]
    public EventQueryResult Run() => _query.Run(_snapshot);

    /// <summary>Adds the ratio against <see cref="BaselineN"/> events.</summary>
    public sealed class ListingScalingConfig : ManualConfig
    {
        /// <summary>Initializes the configuration.</summary>
        public ListingScalingConfig() => AddColumn(new ParameterBaselineRatioColumn(nameof(N), BaselineN));
    }
}
