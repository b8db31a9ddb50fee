using System.Text.Json;
using NodaTime;
using Prb.Events.Tests.TestSupport;

namespace Prb.Events.Tests.Series;

/// <summary>The example series of samples/events: a book club every second Tuesday in Wrocław, marked as an example.</summary>
public sealed class SampleSeriesTests
{
    private const string File = "example-series-klub-ksiazki.json";

    private static Event Read() => EventDocumentSerializer.Read(RepositoryFiles.ReadText("samples", "events", File));

    [Fact]
    public void Sample_IsAValidSeriesMarkedAsAnExample()
    {
        var e = Read();

        Assert.True(e.IsSeries);
        Assert.Empty(EventValidator.Default.Validate(e).Diagnostics);
        Assert.Contains(e.Assumptions, a => a.Path == "series" && a.Note.Contains("nie faktem historycznym", StringComparison.Ordinal));
        Assert.Contains("example", e.Tags);
        Assert.StartsWith("example-", e.Id.Value, StringComparison.Ordinal);
        Assert.True(RepositoryFiles.EventSchema.Evaluate(JsonDocument.Parse(RepositoryFiles.ReadText("samples", "events", File)).RootElement).IsValid);
    }

    [Fact]
    public void Sample_Occurrences_TwelveAt17WarsawTimeOneMovedOneCancelled()
    {
        var occurrences = EventScheduler.Default.Occurrences(Read(), new Interval(null, null)).ToList();

        Assert.Equal(12, occurrences.Count);
        Assert.DoesNotContain(occurrences, o => o.OriginalDate == new LocalDate(2027, 5, 4));
        var moved = Assert.Single(occurrences, o => o.Override is not null);
        Assert.Equal(new LocalDateTime(2027, 3, 10, 18, 0), moved.Start.LocalDateTime);
        Assert.Equal(EventStatus.Rescheduled, moved.Status);
        Assert.All(occurrences.Where(o => o.Override is null), o => Assert.Equal(new LocalTime(17, 0), o.Start.TimeOfDay));
        Assert.Equal(Offset.FromHours(2), occurrences[^1].Start.Offset);
        Assert.Equal(new LocalDate(2027, 6, 29), occurrences[^1].OriginalDate);
    }

    [Fact]
    public void Sample_WrittenBackByteForByte()
    {
        var text = RepositoryFiles.ReadText("samples", "events", File);

        var written = EventDocumentSerializer.Write(EventDocumentSerializer.Read(text));

        Assert.Equal(text.Replace("  \"$schema\": \"../../docs/schema/prb-event-1.schema.json\",\n", "", StringComparison.Ordinal), written);
    }
}
