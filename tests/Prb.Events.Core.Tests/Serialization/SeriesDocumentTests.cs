using System.Text.Json;
using CsCheck;
using Json.Schema;
using NodaTime;
using Prb.Events.Tests.TestSupport;

namespace Prb.Events.Tests.Serialization;

/// <summary>Series in the event document: a format 1.1 property, refused in a 1.0 document; 1.0 documents read unchanged.</summary>
public sealed class SeriesDocumentTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() => RepositoryFiles.EventSchema);

    /// <summary>Random events made series: a random rule with every part, cancelled dates and overrides with text of any language.</summary>
    internal static readonly Gen<Event> SeriesEvents =
        from e in EventGenerators.Events
        from frequency in Gen.Enum<RecurrenceFrequency>()
        from interval in Gen.Int[-1, 5]
        from days in Gen.Select(Gen.Enum<IsoDayOfWeek>().Where(d => d != IsoDayOfWeek.None), Gen.Int[-5, 5]).Array[0, 3]
        from monthDays in Gen.Int[-31, 31].Where(d => d != 0).Array[0, 3]
        from months in Gen.Int[1, 12].Array[0, 2]
        from end in Gen.Int[0, 2]
        from count in Gen.Int[-1, 100]
        from cancelled in Gen.Int[0, 400].Array[0, 3]
        from overrides in Gen.Select(Gen.Int[0, 400], Gen.Int[0, 1380], Gen.Int[1, 600], EventGenerators.OptionalText, EventGenerators.OptionalText, Gen.Enum<EventStatus>().Nullable()).Array[0, 3]
        select MakeSeries(e, frequency, interval, days, monthDays, months, end, count, cancelled, overrides);

    private static Event MakeSeries(Event e, RecurrenceFrequency frequency, int interval, (IsoDayOfWeek Day, int Ordinal)[] days, int[] monthDays, int[] months,
        int end, int count, int[] cancelled, (int Day, int Minute, int Length, string? Title, string? Description, EventStatus? Status)[] overrides)
    {
        var first = e.Days[0].Date;
        var ordinals = frequency is RecurrenceFrequency.Monthly or RecurrenceFrequency.Yearly;
        var rule = new RecurrenceRule(frequency, interval, days.Select(d => new RecurrenceWeekday(d.Day, ordinals ? d.Ordinal : 0)),
            frequency == RecurrenceFrequency.Weekly ? null : monthDays, months, end == 1 ? first.PlusDays(count) : null, end == 2 ? count : null);
        var builder = e.ToBuilder().Repeats(rule);
        foreach (var c in cancelled)
        {
            builder.CancelOccurrence(first.PlusDays(c));
        }

        foreach (var o in overrides)
        {
            var start = first.PlusDays(o.Day).AtMidnight().PlusMinutes(o.Minute);
            builder.OverrideOccurrence(new OccurrenceOverride(first.PlusDays(o.Day), start, start.PlusMinutes(o.Length), o.Title, o.Description, o.Status));
        }

        return builder.Build();
    }

    private static Event BookClub() => Event.CreateBuilder(new EventId("klub"), "Klub Książki 📚").InZone("Europe/Warsaw")
        .On(new LocalDate(2027, 1, 12), new LocalTime(17, 0), new LocalTime(19, 0))
        .Repeats(new RecurrenceRule(RecurrenceFrequency.Monthly, byDay: [RecurrenceWeekday.Parse("-1FR"), RecurrenceWeekday.Parse("2TU")], until: new LocalDate(2027, 6, 30)))
        .CancelOccurrence(new LocalDate(2027, 2, 9))
        .OverrideOccurrence(new OccurrenceOverride(new LocalDate(2027, 3, 9), new LocalDateTime(2027, 3, 10, 18, 0), new LocalDateTime(2027, 3, 10, 20, 0),
            "Spotkanie z autorką – שלום", status: EventStatus.MovedOnline))
        .Build();

    [Fact]
    public void Write_Series_Format11WithTheSeriesObject()
    {
        var json = EventDocumentSerializer.Write(BookClub());
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;

        Assert.Equal("1.1", root.GetProperty("formatVersion").GetString());
        var series = root.GetProperty("series");
        Assert.Equal("monthly", series.GetProperty("rule").GetProperty("frequency").GetString());
        Assert.False(series.GetProperty("rule").TryGetProperty("interval", out _));
        Assert.Equal(["-1FR", "2TU"], series.GetProperty("rule").GetProperty("byDay").EnumerateArray().Select(d => d.GetString()));
        Assert.Equal("2027-06-30", series.GetProperty("rule").GetProperty("until").GetString());
        Assert.Equal("2027-02-09", series.GetProperty("cancelledDates")[0].GetString());
        var moved = series.GetProperty("overrides")[0];
        Assert.Equal("2027-03-09", moved.GetProperty("originalDate").GetString());
        Assert.Equal("2027-03-10T18:00:00", moved.GetProperty("start").GetString());
        Assert.Equal("moved-online", moved.GetProperty("status").GetString());
        Assert.Contains("Spotkanie z autorką – שלום", json, StringComparison.Ordinal);
        Assert.True(Schema.Value.Evaluate(root).IsValid);
    }

    [Fact]
    public void Write_OneOffEvent_NoSeriesProperty()
    {
        var json = EventDocumentSerializer.Write(BookClub().ToBuilder().AsSeries(null).Build());

        Assert.DoesNotContain("\"series\"", json, StringComparison.Ordinal);
        Assert.False(EventDocumentSerializer.Read(json).IsSeries);
    }

    [Fact]
    public void RoundTrip_RandomSeries_IsLosslessAndSchemaValid()
    {
        SeriesEvents.Sample(e =>
        {
            var json = EventDocumentSerializer.Write(e);
            var back = EventDocumentSerializer.Read(json);

            Assert.Equal(json, EventDocumentSerializer.Write(back));
            DeepEquality.AssertEqual(e, back);
            var result = Schema.Value.Evaluate(JsonDocument.Parse(json).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
            Assert.True(result.IsValid, json);
        }, iter: 300);
    }

    [Fact]
    public void Read_Format10WithSeries_RefusedNamingTheProperty()
    {
        var json = EventDocumentSerializer.Write(BookClub()).Replace("\"formatVersion\": \"1.1\"", "\"formatVersion\": \"1.0\"", StringComparison.Ordinal);

        var e = Assert.Throws<EventDocumentException>(() => EventDocumentSerializer.Read(json));

        Assert.Equal("$.series", e.Path);
        Assert.Contains("1.1", e.Message, StringComparison.Ordinal);
        Assert.False(Schema.Value.Evaluate(JsonDocument.Parse(json).RootElement).IsValid);
    }

    [Fact]
    public void Read_Format10Document_ReadsUnchanged()
    {
        var text = File.ReadAllText(RepositoryFiles.SeedDocumentPath);
        var asOneZero = text.Replace("\"formatVersion\": \"1.1\"", "\"formatVersion\": \"1.0\"", StringComparison.Ordinal);
        Assert.NotEqual(text, asOneZero);

        var e = EventDocumentSerializer.Read(asOneZero);

        Assert.False(e.IsSeries);
        DeepEquality.AssertEqual(EventDocumentSerializer.Read(text), e);
    }

    [Theory]
    [InlineData("\"-1FR\"", "\"-1XX\"", "$.series.rule.byDay[0]")]
    [InlineData("\"frequency\": \"monthly\"", "\"frequency\": \"hourly\"", "$.series.rule.frequency")]
    [InlineData("\"frequency\": \"monthly\",", "\"frequency\": \"monthly\", \"byMonth\": [13],", "$.series.rule.byMonth")]
    [InlineData("\"frequency\": \"monthly\",", "\"frequency\": \"monthly\", \"count\": 3,", "$.series.rule.count")]
    [InlineData("\"frequency\": \"monthly\",", "\"frequency\": \"monthly\", \"bySetPos\": [1],", "$.series.rule.bySetPos")]
    [InlineData("\"originalDate\": \"2027-03-09\",", "", "$.series.overrides[0]")]
    [InlineData("\"title\": \"Spotkanie", "\"title\": \"\\u0000Spotkanie", "$.series.overrides[0].title")]
    public void Read_BrokenSeries_ThrowsWithThePath(string from, string to, string path)
    {
        var json = EventDocumentSerializer.Write(BookClub());
        Assert.Contains(from, json, StringComparison.Ordinal);

        var e = Assert.Throws<EventDocumentException>(() => EventDocumentSerializer.Read(json.Replace(from, to, StringComparison.Ordinal)));

        Assert.StartsWith(path, e.Path, StringComparison.Ordinal);
    }
}
