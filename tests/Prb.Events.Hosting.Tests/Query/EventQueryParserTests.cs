using Microsoft.Extensions.Primitives;
using NodaTime;

namespace Prb.Events.Hosting.Tests.Query;

/// <summary>The query-string reading at its edges: each parameter's accepted range, and the exact words of each
/// refusal, which the list endpoint and the feed hand to the client.</summary>
public sealed class EventQueryParserTests
{
    private const string Paged = "q, from, to, tz, region, organizer, kind, audience, page, pageSize";
    private const string Filters = "q, from, to, tz, region, organizer, kind, audience";
    private static readonly PrbEventsOptions Options = new() { DefaultPageSize = 15, MaxPageSize = 40 };

    [Fact]
    public void The_filter_parameters_are_listed_in_writing_order() =>
        Assert.Equal(["q", "from", "to", "tz", "region", "organizer", "kind", "audience"], EventQueryParser.FilterParameters);

    [Fact]
    public void No_parameters_is_the_first_page_of_everything_at_the_default_size()
    {
        var query = Read([]);

        Assert.False(query.IsFiltered);
        Assert.Null(query.Zone);
        Assert.Equal((1, 15), (query.Page, query.PageSize));
    }

    [Fact]
    public void Every_parameter_is_read_into_its_filter()
    {
        var query = Read(("q", "żółw"), ("from", "2027-01-02"), ("to", "2027-01-31"), ("tz", "Asia/Tokyo"), ("region", "slaskie"),
            ("organizer", "dbp"), ("kind", "workshop"), ("audience", "seniors"), ("page", "3"), ("pageSize", "7"));

        Assert.Equal("żółw", query.Text);
        Assert.Equal(new LocalDate(2027, 1, 2), query.From);
        Assert.Equal(new LocalDate(2027, 1, 31), query.To);
        Assert.Equal("Asia/Tokyo", query.Zone?.Id);
        Assert.Equal(Voivodeship.Slaskie, query.Region);
        Assert.Equal("dbp", query.Organizer);
        Assert.Equal(EventKind.Workshop, query.Kind);
        Assert.Equal(Audience.Seniors, query.Audience);
        Assert.Equal((3, 7), (query.Page, query.PageSize));
    }

    [Fact]
    public void A_blank_value_is_no_filter_as_a_form_sends_a_field_left_empty()
    {
        var query = Read(("q", ""), ("from", "  "), ("tz", "\t"), ("kind", " "), ("organizer", ""), ("page", ""));

        Assert.False(query.IsFiltered);
        Assert.Null(query.Zone);
        Assert.Equal(1, query.Page);
    }

    [Fact]
    public void From_and_to_on_one_date_is_that_date()
    {
        var query = Read(("from", "2027-01-02"), ("to", "2027-01-02"));

        Assert.Equal((new LocalDate(2027, 1, 2), new LocalDate(2027, 1, 2)), (query.From!.Value, query.To!.Value));
    }

    [Fact]
    public void An_unknown_parameter_is_refused_naming_the_parameters_there_are() =>
        Refused(("Q", "x"), "Q", $"'Q' is not a parameter here; use {Paged}.");

    [Theory]
    [InlineData("page")]
    [InlineData("pageSize")]
    public void A_feed_refuses_paging_saying_it_has_no_pages(string name) =>
        RefusedUnpaged((name, "2"), name, $"'{name}' is not a parameter here; use {Filters}. A feed holds every match and has no pages.");

    [Fact]
    public void A_feed_refuses_an_unknown_parameter_without_the_paging_hint() =>
        RefusedUnpaged(("sort", "date"), "sort", $"'sort' is not a parameter here; use {Filters}.");

    [Fact]
    public void A_feed_reads_its_filters()
    {
        Assert.True(EventQueryParser.TryParse(Pairs(("kind", "gala")), Options, DateTimeZoneProviders.Tzdb, paged: false, out var query, out var problem));

        Assert.Null(problem);
        Assert.Equal(EventKind.Gala, query.Kind);
    }

    [Fact]
    public void A_parameter_given_twice_is_refused() =>
        Refused([new("kind", new StringValues(["gala", "workshop"]))], "kind", "'kind' is given 2 times; give it once.");

    [Fact]
    public void A_parameter_given_without_any_value_is_refused() =>
        Refused([new("kind", StringValues.Empty)], "kind", "'kind' is given 0 times; give it once.");

    [Theory]
    [InlineData("from", "2027-02-30", "'2027-02-30' is not a date such as 2011-11-09.")]
    [InlineData("from", "09.11.2011", "'09.11.2011' is not a date such as 2011-11-09.")]
    [InlineData("to", "2027-13-01", "'2027-13-01' is not a date such as 2011-11-30.")]
    public void A_date_that_is_not_an_ISO_date_is_refused(string name, string value, string detail) =>
        Refused((name, value), name, detail);

    [Fact]
    public void To_before_from_is_refused_naming_to() =>
        Refused([P("from", "2027-01-02"), P("to", "2027-01-01")], "to", "'to' (2027-01-01) is before 'from' (2027-01-02).");

    [Fact]
    public void An_unknown_zone_is_refused() =>
        Refused(("tz", "Europe/Wroclaw"), "tz", "'Europe/Wroclaw' is not an IANA time zone id such as Europe/Warsaw.");

    [Theory]
    [InlineData("region", "mazowsze", "a voivodeship", "mazowieckie")]
    [InlineData("kind", "party", "an event kind", "workshop")]
    [InlineData("audience", "kids", "an audience", "seniors")]
    public void An_unknown_token_is_refused_listing_the_tokens(string name, string value, string what, string aToken)
    {
        var problem = Problem(Pairs((name, value)), paged: true);

        Assert.Equal(name, problem.Parameter);
        Assert.StartsWith($"'{value}' is not {what}; use one of ", problem.Detail, StringComparison.Ordinal);
        Assert.Contains(aToken, problem.Detail.Split("; use one of ")[1].TrimEnd('.').Split(", "));
    }

    [Theory]
    [InlineData("q")]
    [InlineData("organizer")]
    public void A_text_of_200_characters_is_read(string name)
    {
        var query = Read((name, new string('ą', 200)));

        Assert.Equal(new string('ą', 200), name == "q" ? query.Text : query.Organizer);
    }

    [Theory]
    [InlineData("q")]
    [InlineData("organizer")]
    public void A_text_of_201_characters_is_refused(string name) =>
        Refused((name, new string('ą', 201)), name, $"'{name}' has 201 characters; give at most 200.");

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("+1")]
    [InlineData("1.0")]
    [InlineData("x")]
    [InlineData("99999999999")]
    public void A_page_that_is_not_a_number_from_1_is_refused(string value) =>
        Refused(("page", value), "page", $"'{value}' is not a page number from 1.");

    [Theory]
    [InlineData("0")]
    [InlineData("41")]
    [InlineData("-5")]
    [InlineData("ten")]
    public void A_page_size_outside_1_to_the_largest_is_refused(string value) =>
        Refused(("pageSize", value), "pageSize", $"'{value}' is not a page size from 1 to 40.");

    [Theory]
    [InlineData("1", 1)]
    [InlineData("40", 40)]
    public void Page_sizes_from_1_to_the_largest_are_read(string value, int size) =>
        Assert.Equal(size, Read(("pageSize", value)).PageSize);

    [Fact]
    public void Page_1_is_read() => Assert.Equal(1, Read(("page", "1")).Page);

    [Fact]
    public void The_first_parameter_at_fault_is_named()
    {
        Assert.Equal("from", Problem(Pairs(("from", "x"), ("to", "y"), ("page", "0")), paged: true).Parameter);
        Assert.Equal("tz", Problem(Pairs(("tz", "x"), ("region", "x"), ("kind", "x")), paged: true).Parameter);
        Assert.Equal("kind", Problem(Pairs(("kind", "x"), ("audience", "x")), paged: true).Parameter);
        Assert.Equal("audience", Problem(Pairs(("audience", "x"), ("organizer", new string('a', 201))), paged: true).Parameter);
        Assert.Equal("organizer", Problem(Pairs(("q", new string('a', 201)), ("organizer", new string('a', 201))), paged: true).Parameter);
        Assert.Equal("q", Problem(Pairs(("q", new string('a', 201)), ("page", "0")), paged: true).Parameter);
        Assert.Equal("page", Problem(Pairs(("page", "0"), ("pageSize", "0")), paged: true).Parameter);
    }

    [Fact]
    public void Missing_arguments_are_refused_by_name()
    {
        var zones = DateTimeZoneProviders.Tzdb;

        Assert.Equal("parameters", Assert.Throws<ArgumentNullException>(() => EventQueryParser.TryParse(null!, Options, zones, true, out _, out _)).ParamName);
        Assert.Equal("options", Assert.Throws<ArgumentNullException>(() => EventQueryParser.TryParse([], null!, zones, true, out _, out _)).ParamName);
        Assert.Equal("zones", Assert.Throws<ArgumentNullException>(() => EventQueryParser.TryParse([], Options, null!, true, out _, out _)).ParamName);
    }

    private static KeyValuePair<string, StringValues> P(string name, string value) => new(name, value);

    private static KeyValuePair<string, StringValues>[] Pairs(params (string Name, string Value)[] pairs) =>
        [.. pairs.Select(p => P(p.Name, p.Value))];

    private static EventQuery Read(params (string Name, string Value)[] pairs)
    {
        Assert.True(EventQueryParser.TryParse(Pairs(pairs), Options, DateTimeZoneProviders.Tzdb, paged: true, out var query, out var problem), problem?.Detail);
        Assert.Null(problem);
        return query;
    }

    private static EventQueryProblem Problem(KeyValuePair<string, StringValues>[] pairs, bool paged)
    {
        Assert.False(EventQueryParser.TryParse(pairs, Options, DateTimeZoneProviders.Tzdb, paged, out var query, out var problem));
        Assert.Null(query);
        return problem;
    }

    private static void Refused((string Name, string Value) pair, string parameter, string detail) => Refused(Pairs(pair), parameter, detail);

    private static void Refused(KeyValuePair<string, StringValues>[] pairs, string parameter, string detail)
    {
        var problem = Problem(pairs, paged: true);
        Assert.Equal((parameter, detail), (problem.Parameter, problem.Detail));
    }

    private static void RefusedUnpaged((string Name, string Value) pair, string parameter, string detail)
    {
        var problem = Problem(Pairs(pair), paged: false);
        Assert.Equal((parameter, detail), (problem.Parameter, problem.Detail));
    }
}
