using NodaTime;

namespace Prb.Events.Tests.Serialization;

/// <summary>The series part of the event document (format 1.1), part by part: what is written, byte for byte, what is
/// read back, and the JSON path and reason of every value the reader refuses.</summary>
public sealed class SeriesDocumentBoundaryTests
{
    private static readonly LocalDate First = new(2027, 1, 12);

    private static Event Repeating(RecurrenceRule rule, Func<EventBuilder, EventBuilder>? more = null)
    {
        var builder = Event.CreateBuilder(new EventId("klub"), "Klub").InZone("Europe/Warsaw")
            .On(First, new LocalTime(17, 0), new LocalTime(19, 0))
            .Repeats(rule);
        return (more ?? (b => b))(builder).Build();
    }

    /// <summary>The document's <c>"series"</c> property, from its name to the end of its object.</summary>
    private static string SeriesText(Event e)
    {
        var json = EventDocumentSerializer.Write(e);
        var start = json.IndexOf("  \"series\": {", StringComparison.Ordinal);
        Assert.True(start >= 0, json);
        var end = json.IndexOf("\n  }", start, StringComparison.Ordinal);
        return json[start..(end + 4)];
    }

    private static EventDocumentException Refused(Event e, string from, string to)
    {
        var json = EventDocumentSerializer.Write(e);
        Assert.Contains(from, json, StringComparison.Ordinal);
        return Assert.Throws<EventDocumentException>(() => EventDocumentSerializer.Read(json.Replace(from, to, StringComparison.Ordinal)));
    }

    [Fact]
    public void A_rule_with_every_part_is_written_in_the_documented_order_and_spelling()
    {
        var e = Repeating(new RecurrenceRule(RecurrenceFrequency.Yearly, 2,
            [RecurrenceWeekday.Parse("-1FR"), RecurrenceWeekday.Parse("2TU"), RecurrenceWeekday.Parse("SU")], [-1, 15], [1, 12], count: 10));

        Assert.Equal(
            "  \"series\": {\n" +
            "    \"rule\": {\n" +
            "      \"frequency\": \"yearly\",\n" +
            "      \"interval\": 2,\n" +
            "      \"byDay\": [\n        \"-1FR\",\n        \"2TU\",\n        \"SU\"\n      ],\n" +
            "      \"byMonthDay\": [\n        -1,\n        15\n      ],\n" +
            "      \"byMonth\": [\n        1,\n        12\n      ],\n" +
            "      \"count\": 10\n" +
            "    }\n" +
            "  }",
            SeriesText(e));
    }

    [Fact]
    public void A_rule_of_only_a_frequency_writes_no_other_part()
    {
        Assert.Equal(
            "  \"series\": {\n    \"rule\": {\n      \"frequency\": \"weekly\"\n    }\n  }",
            SeriesText(Repeating(new RecurrenceRule(RecurrenceFrequency.Weekly))));
    }

    [Fact]
    public void An_until_date_is_written_as_a_local_date()
    {
        Assert.Equal(
            "  \"series\": {\n    \"rule\": {\n      \"frequency\": \"daily\",\n      \"until\": \"2027-02-28\"\n    }\n  }",
            SeriesText(Repeating(new RecurrenceRule(RecurrenceFrequency.Daily, until: new LocalDate(2027, 2, 28)))));
    }

    [Fact]
    public void Cancelled_dates_and_moved_occurrences_are_written_in_their_order_with_every_field()
    {
        var e = Repeating(new RecurrenceRule(RecurrenceFrequency.Weekly, count: 8), b => b
            .CancelOccurrence(new LocalDate(2027, 2, 2))
            .CancelOccurrence(new LocalDate(2027, 1, 19))
            .OverrideOccurrence(new OccurrenceOverride(new LocalDate(2027, 1, 26), new LocalDateTime(2027, 1, 27, 18, 0), new LocalDateTime(2027, 1, 27, 20, 30),
                "Spotkanie z autorką – \"Łódź\" 📚 שלום", "Sala\u2028B", EventStatus.MovedOnline))
            .OverrideOccurrence(new OccurrenceOverride(new LocalDate(2027, 2, 9), new LocalDateTime(2027, 2, 9, 16, 0), new LocalDateTime(2027, 2, 9, 18, 0))));

        Assert.Equal(
            "  \"series\": {\n" +
            "    \"rule\": {\n      \"frequency\": \"weekly\",\n      \"count\": 8\n    },\n" +
            "    \"cancelledDates\": [\n      \"2027-02-02\",\n      \"2027-01-19\"\n    ],\n" +
            "    \"overrides\": [\n" +
            "      {\n" +
            "        \"originalDate\": \"2027-01-26\",\n" +
            "        \"start\": \"2027-01-27T18:00:00\",\n" +
            "        \"end\": \"2027-01-27T20:30:00\",\n" +
            "        \"title\": \"Spotkanie z autorką – \\\"Łódź\\\" 📚 שלום\",\n" +
            "        \"description\": \"Sala\u2028B\",\n" +
            "        \"status\": \"moved-online\"\n" +
            "      },\n" +
            "      {\n" +
            "        \"originalDate\": \"2027-02-09\",\n" +
            "        \"start\": \"2027-02-09T16:00:00\",\n" +
            "        \"end\": \"2027-02-09T18:00:00\"\n" +
            "      }\n" +
            "    ]\n" +
            "  }",
            SeriesText(e));
    }

    [Fact]
    public void Every_part_written_is_read_back_as_it_was()
    {
        var e = Repeating(new RecurrenceRule(RecurrenceFrequency.Monthly, 3,
            [RecurrenceWeekday.Parse("-1FR"), RecurrenceWeekday.Parse("+2TU")], [-1], [3, 4], until: new LocalDate(2029, 12, 31)), b => b
            .CancelOccurrence(new LocalDate(2027, 4, 30))
            .OverrideOccurrence(new OccurrenceOverride(new LocalDate(2027, 3, 9), new LocalDateTime(2027, 3, 10, 18, 0), new LocalDateTime(2027, 3, 10, 20, 0),
                "Inny tytuł", "Opis", EventStatus.Cancelled)));

        var series = EventDocumentSerializer.Read(EventDocumentSerializer.Write(e)).Series!;

        Assert.Equal(RecurrenceFrequency.Monthly, series.Rule.Frequency);
        Assert.Equal(3, series.Rule.Interval);
        Assert.Equal(["-1FR", "2TU"], series.Rule.ByDay.Select(d => d.ToString()));
        Assert.Equal([-1], series.Rule.ByMonthDay);
        Assert.Equal([3, 4], series.Rule.ByMonth);
        Assert.Equal(new LocalDate(2029, 12, 31), series.Rule.Until);
        Assert.Null(series.Rule.Count);
        Assert.Equal([new LocalDate(2027, 4, 30)], series.CancelledDates);
        var moved = Assert.Single(series.Overrides);
        Assert.Equal(new LocalDate(2027, 3, 9), moved.OriginalDate);
        Assert.Equal(new LocalDateTime(2027, 3, 10, 18, 0), moved.Start.Local);
        Assert.Equal(new LocalDateTime(2027, 3, 10, 20, 0), moved.End.Local);
        Assert.Equal("Inny tytuł", moved.Title);
        Assert.Equal("Opis", moved.Description);
        Assert.Equal(EventStatus.Cancelled, moved.Status);
    }

    [Fact]
    public void A_count_is_read_back_and_a_rule_without_an_interval_repeats_every_period()
    {
        var json = EventDocumentSerializer.Write(Repeating(new RecurrenceRule(RecurrenceFrequency.Weekly, count: 5)));

        var rule = EventDocumentSerializer.Read(json).Series!.Rule;

        Assert.Equal(5, rule.Count);
        Assert.Equal(1, rule.Interval);
        Assert.Null(rule.Until);
        Assert.Empty(rule.ByDay);
    }

    [Fact]
    public void An_interval_of_one_written_out_is_read_as_one_and_written_back_without_it()
    {
        var json = EventDocumentSerializer.Write(Repeating(new RecurrenceRule(RecurrenceFrequency.Weekly)))
            .Replace("\"frequency\": \"weekly\"", "\"frequency\": \"weekly\", \"interval\": 1", StringComparison.Ordinal);

        var e = EventDocumentSerializer.Read(json);

        Assert.Equal(1, e.Series!.Rule.Interval);
        Assert.DoesNotContain("\"interval\"", EventDocumentSerializer.Write(e), StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_rule_is_refused_at_its_path()
    {
        var e = Refused(Repeating(new RecurrenceRule(RecurrenceFrequency.Weekly)),
            "\"rule\": {\n      \"frequency\": \"weekly\"\n    }", "\"rule\": null");

        Assert.Equal("$.series.rule", e.Path);
        Assert.Contains("'rule'", e.Reason, StringComparison.Ordinal);
        Assert.Contains("null", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_day_of_the_week_is_refused_at_its_index()
    {
        var e = Refused(Repeating(new RecurrenceRule(RecurrenceFrequency.Weekly, byDay: [RecurrenceWeekday.Parse("MO"), RecurrenceWeekday.Parse("TU")])),
            "\"TU\"", "null");

        Assert.Equal("$.series.rule.byDay[1]", e.Path);
        Assert.Equal("The value must not be null.", e.Reason);
    }

    [Fact]
    public void A_day_of_the_week_that_cannot_be_read_is_refused_at_its_index_with_the_reason()
    {
        var e = Refused(Repeating(new RecurrenceRule(RecurrenceFrequency.Weekly, byDay: [RecurrenceWeekday.Parse("MO"), RecurrenceWeekday.Parse("TU")])),
            "\"TU\"", "\"XX\"");

        Assert.Equal("$.series.rule.byDay[1]", e.Path);
        Assert.Equal(Assert.Throws<FormatException>(() => RecurrenceWeekday.Parse("XX")).Message, e.Reason);
        Assert.IsType<FormatException>(e.InnerException);
    }

    [Fact]
    public void A_part_of_the_rule_the_model_refuses_is_refused_at_the_parts_path()
    {
        var e = Refused(Repeating(new RecurrenceRule(RecurrenceFrequency.Monthly, byMonthDay: [5])), "        5\n", "        32\n");

        Assert.Equal("$.series.rule.byMonthDay", e.Path);
        Assert.StartsWith("A day of the month runs from 1 to 31", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_ordinal_in_a_weekly_rule_is_refused_at_the_rules_by_day()
    {
        var e = Refused(Repeating(new RecurrenceRule(RecurrenceFrequency.Weekly, byDay: [RecurrenceWeekday.Parse("MO")])), "\"MO\"", "\"1MO\"");

        Assert.Equal("$.series.rule.byDay", e.Path);
        Assert.Equal("Only a monthly or yearly rule gives a day of the week an ordinal such as 1MO or -1FR.", e.Reason);
    }

    [Fact]
    public void A_cancelled_date_outside_the_supported_dates_is_refused_at_the_series_cancelled_dates()
    {
        var e = Refused(Repeating(new RecurrenceRule(RecurrenceFrequency.Weekly), b => b.CancelOccurrence(new LocalDate(2027, 1, 19))),
            "\"2027-01-19\"", "\"9999-12-31\"");

        Assert.Equal("$.series.cancelledDates", e.Path);
        Assert.StartsWith("The date 9999-12-31 is outside the supported range", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_override_is_refused_at_its_index()
    {
        var moved = new OccurrenceOverride(new LocalDate(2027, 1, 19), new LocalDateTime(2027, 1, 19, 18, 0), new LocalDateTime(2027, 1, 19, 20, 0));
        var json = EventDocumentSerializer.Write(Repeating(new RecurrenceRule(RecurrenceFrequency.Weekly), b => b.OverrideOccurrence(moved)));
        var at = json.IndexOf("\"overrides\": [", StringComparison.Ordinal) + "\"overrides\": [".Length;

        var e = Assert.Throws<EventDocumentException>(() => EventDocumentSerializer.Read(json.Insert(at, "null,")));

        Assert.Equal("$.series.overrides[0]", e.Path);
        Assert.Equal("The value must not be null.", e.Reason);
    }

    [Fact]
    public void A_field_of_the_second_override_the_model_refuses_is_refused_at_that_overrides_field()
    {
        var e = Refused(Repeating(new RecurrenceRule(RecurrenceFrequency.Weekly), b => b
                .OverrideOccurrence(new OccurrenceOverride(new LocalDate(2027, 1, 19), new LocalDateTime(2027, 1, 19, 18, 0), new LocalDateTime(2027, 1, 19, 20, 0), "Pierwszy"))
                .OverrideOccurrence(new OccurrenceOverride(new LocalDate(2027, 1, 26), new LocalDateTime(2027, 1, 26, 18, 0), new LocalDateTime(2027, 1, 26, 20, 0), "Drugi"))),
            "\"Drugi\"", "\"Dru\\u0007gi\"");

        Assert.Equal("$.series.overrides[1].title", e.Path);
    }

    [Fact]
    public void An_override_date_outside_the_supported_dates_is_refused_at_the_overrides_original_date()
    {
        var e = Refused(Repeating(new RecurrenceRule(RecurrenceFrequency.Weekly), b => b
                .OverrideOccurrence(new OccurrenceOverride(new LocalDate(2027, 1, 19), new LocalDateTime(2027, 1, 19, 18, 0), new LocalDateTime(2027, 1, 19, 20, 0)))),
            "\"originalDate\": \"2027-01-19\"", "\"originalDate\": \"0001-01-01\"");

        Assert.Equal("$.series.overrides[0].originalDate", e.Path);
    }

    [Theory]
    [InlineData("series")]
    [InlineData("audiences")]
    public void A_format_11_property_in_a_10_document_is_refused_naming_the_property_and_both_versions(string property)
    {
        var e = property == "series"
            ? Repeating(new RecurrenceRule(RecurrenceFrequency.Weekly))
            : Repeating(new RecurrenceRule(RecurrenceFrequency.Weekly)).ToBuilder().AsSeries(null).ForAudiences(Audience.Seniors).Build();
        var json = EventDocumentSerializer.Write(e).Replace("\"formatVersion\": \"1.1\"", "\"formatVersion\": \"1.0\"", StringComparison.Ordinal);
        Assert.Contains("\"formatVersion\": \"1.0\"", json, StringComparison.Ordinal);

        var refused = Assert.Throws<EventDocumentException>(() => EventDocumentSerializer.Read(json));

        Assert.Equal("$." + property, refused.Path);
        Assert.Equal("This property came with format version 1.1; a document of version 1.0 must not have it.", refused.Reason);
    }

    [Fact]
    public void A_10_document_without_the_11_properties_is_read()
    {
        var json = EventDocumentSerializer.Write(Repeating(new RecurrenceRule(RecurrenceFrequency.Weekly)).ToBuilder().AsSeries(null).Build())
            .Replace("\"formatVersion\": \"1.1\"", "\"formatVersion\": \"1.0\"", StringComparison.Ordinal);
        Assert.Contains("\"1.0\"", json, StringComparison.Ordinal);

        Assert.False(EventDocumentSerializer.Read(json).IsSeries);
    }
}
