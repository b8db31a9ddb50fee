using Prb.Events.AspNet.Endpoints;
using Prb.Events.AspNet.Tests.TestSupport;
using Prb.Events.Export;
using Prb.Events.Hosting;

namespace Prb.Events.AspNet.Tests.Endpoints;

/// <summary>Which format <c>GET {prefix}/{slug}</c> serves for an Accept header (RFC 9110 12.5.1), one case each.
/// The registry holds the JSON document first, then <c>text/plain; charset=utf-8</c>, then <c>text/csv; ...</c>.</summary>
public sealed class ContentNegotiationTests
{
    private static readonly ExportFormatRegistry Registry = new([
        new ExportFormatRegistration(JsonDocumentExportFormat.Instance),
        new ExportFormatRegistration(new CountingFormat()),
        new ExportFormatRegistration(new CsvAgendaFormat()),
    ]);

    private static string? Negotiate(params string[]? accept) =>
        ContentNegotiation.Negotiate(Registry, accept)?.Format.Name;

    [Fact]
    public void No_Accept_header_gets_the_first_registered_format()
    {
        Assert.Equal("json", Negotiate(null));
        Assert.Equal("json", Negotiate([]));
    }

    [Fact]
    public void Any_media_type_gets_the_first_registered_format()
    {
        Assert.Equal("json", Negotiate("*/*"));
    }

    [Fact]
    public void An_Accept_header_that_is_no_media_type_list_is_read_as_none()
    {
        Assert.Equal("json", Negotiate("no media type"));
    }

    [Fact]
    public void A_type_range_gets_the_first_format_of_that_type()
    {
        Assert.Equal("txt", Negotiate("text/*"));
    }

    [Fact]
    public void The_higher_quality_wins_over_the_order_listed()
    {
        Assert.Equal("json", Negotiate("text/plain;q=0.5, application/json;q=0.9"));
    }

    [Fact]
    public void A_range_without_quality_counts_as_quality_1()
    {
        Assert.Equal("csv", Negotiate("text/plain;q=0.9, text/csv"));
    }

    [Fact]
    public void Between_equal_qualities_the_range_listed_first_wins()
    {
        Assert.Equal("csv", Negotiate("text/csv, text/plain"));
    }

    [Fact]
    public void Several_header_lines_are_one_list()
    {
        Assert.Equal("csv", Negotiate("image/png", "text/csv"));
    }

    [Fact]
    public void A_media_type_with_quality_0_is_not_acceptable()
    {
        Assert.Null(Negotiate("application/json;q=0"));
    }

    [Fact]
    public void A_media_type_with_quality_0_is_not_served_for_a_wider_range()
    {
        // RFC 9110 12.5.1: the most specific range that matches a type gives its quality; "application/json;q=0"
        // refuses JSON even where "*/*" would take anything.
        Assert.Equal("txt", Negotiate("application/json;q=0, */*;q=0.5"));
    }

    [Fact]
    public void A_more_specific_range_gives_its_own_quality_over_a_type_range()
    {
        Assert.Equal("csv", Negotiate("text/*;q=0.9, text/plain;q=0.1"));
    }

    [Fact]
    public void A_type_range_is_more_specific_than_any_type()
    {
        Assert.Equal("txt", Negotiate("*/*;q=0.1, text/*;q=0.5"));
    }

    [Fact]
    public void A_range_with_a_parameter_is_more_specific_than_the_type_alone()
    {
        Assert.Null(Negotiate("text/plain, text/plain;charset=utf-8;q=0"));
        Assert.Equal("txt", Negotiate("text/csv;q=0.8, text/plain;q=0.5, text/plain;charset=utf-8"));
    }

    [Fact]
    public void Of_two_equally_specific_ranges_the_first_listed_gives_the_quality()
    {
        Assert.Null(Negotiate("text/plain;q=0, text/plain"));
    }

    [Fact]
    public void A_parameter_the_format_does_not_have_does_not_match()
    {
        Assert.Null(Negotiate("text/plain;charset=iso-8859-2"));
    }

    [Fact]
    public void Nothing_registered_that_writes_events_is_not_acceptable_even_for_any_type()
    {
        var feedsOnly = new ExportFormatRegistry([new ExportFormatRegistration(new FeedOnlyFormat(), feedRoute: "feed.txt")]);

        Assert.Null(ContentNegotiation.Negotiate(feedsOnly, null));
        Assert.Null(ContentNegotiation.Negotiate(feedsOnly, ["*/*"]));
    }

    private sealed class FeedOnlyFormat : IEventExportFormat
    {
        public string Name => "feed";

        public string MediaType => "text/plain";

        public string FileExtension => ".txt";

        public EventExportScopes Scopes => EventExportScopes.Feed;

        public ValueTask WriteEventAsync(Event @event, Stream destination, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public ValueTask WriteAgendaItemAsync(Event @event, AgendaItemId itemId, Stream destination, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public ValueTask WriteFeedAsync(EventFeed feed, Stream destination, CancellationToken cancellationToken = default) =>
            ValueTask.CompletedTask;
    }
}
