using NodaTime;
using NodaTime.Testing;
using Prb.Events.Serialization;

namespace Prb.Events.Ical.Tests.TestSupport;

/// <summary>The seed conference and the fixed clock every export test uses.</summary>
internal static class Samples
{
    /// <summary>The instant every test clock reads: the day the seed conference was announced, at noon UTC.</summary>
    internal static readonly Instant Now = Instant.FromUtc(2011, 11, 8, 12, 0, 0);

    private static readonly Lazy<Event> SeedEvent = new(() =>
        EventDocumentSerializer.Read(File.ReadAllText(RepositoryFiles.PathOf("samples", "events", "prb-2011-11-09-wroclaw.json"))));

    internal static Event Seed => SeedEvent.Value;

    internal static FakeClock Clock() => new(Now);

    internal static IcalendarExporter Exporter(IcalendarExportOptions? options = null) => new(Clock(), options);

    internal static IcalendarExportOptions WithItems { get; } = new() { IncludeAgendaItems = true, UidDomain = "events.prb.example" };
}
