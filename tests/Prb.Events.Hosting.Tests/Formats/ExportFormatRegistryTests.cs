using Prb.Events.Export;
using Prb.Events.Hosting.Tests.TestSupport;

namespace Prb.Events.Hosting.Tests.Formats;

/// <summary>The registry of a host's formats: the order they were added in, found by name, the same format once, and
/// a clear refusal of two formats of one name or of one route.</summary>
public sealed class ExportFormatRegistryTests
{
    private static readonly TestFormat Ics = new("ics", ".ics", EventExportScopes.All);
    private static readonly TestFormat Xml = new("xml", ".xml", EventExportScopes.Event);
    private static readonly TestFormat Rss = new("rss", ".rss", EventExportScopes.Feed);

    [Fact]
    public void Registrations_keep_the_order_they_were_added_in()
    {
        var registry = Registry(Xml, Ics, Rss);

        Assert.Equal(["xml", "ics", "rss"], registry.Registrations.Select(r => r.Format.Name));
    }

    [Fact]
    public void A_format_is_found_by_its_name()
    {
        var ics = new ExportFormatRegistration(Ics);
        var registry = new ExportFormatRegistry([new ExportFormatRegistration(Xml), ics]);

        Assert.Same(ics, registry.Find("ics"));
        Assert.Same(Xml, registry.Find("xml")!.Format);
    }

    [Theory]
    [InlineData("ICS")]
    [InlineData("ics ")]
    [InlineData("json")]
    [InlineData("")]
    [InlineData(null)]
    public void A_name_of_no_format_finds_nothing(string? name) => Assert.Null(Registry(Ics, Xml).Find(name!));

    [Fact]
    public void The_same_format_added_twice_is_registered_once_with_its_first_routes()
    {
        var first = new ExportFormatRegistration(Xml);

        var registry = new ExportFormatRegistry([first, new ExportFormatRegistration(Ics), new ExportFormatRegistration(Xml, ["{slug}/again.xml"])]);

        Assert.Equal(["xml", "ics"], registry.Registrations.Select(r => r.Format.Name));
        Assert.Same(first, registry.Find("xml"));
    }

    [Fact]
    public void Two_formats_of_one_name_are_refused_naming_the_name_and_both_types()
    {
        var ex = Assert.Throws<InvalidOperationException>(() =>
            new ExportFormatRegistry([new ExportFormatRegistration(JsonDocumentExportFormat.Instance), new ExportFormatRegistration(new TestFormat("json"))]));

        Assert.Equal(
            "Two export formats are named 'json' (JsonDocumentExportFormat and TestFormat); a name can be registered once.", ex.Message);
    }

    [Fact]
    public void Two_formats_of_one_event_route_are_refused_naming_the_route_and_both_formats()
    {
        var ex = Assert.Throws<InvalidOperationException>(() =>
            new ExportFormatRegistry([new ExportFormatRegistration(Ics), new ExportFormatRegistration(Xml, ["{slug}.ics"])]));

        Assert.Equal(
            "The route '{slug}.ics' of export format 'xml' is already the route of 'ics'; give one of them other routes.", ex.Message);
    }

    [Fact]
    public void Routes_that_differ_only_in_case_are_one_route()
    {
        var ex = Assert.Throws<InvalidOperationException>(() =>
            new ExportFormatRegistry([new ExportFormatRegistration(Ics), new ExportFormatRegistration(Xml, ["{slug}.ICS"])]));

        Assert.Contains("'{slug}.ICS' of export format 'xml' is already the route of 'ics'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_agenda_item_route_taken_by_another_format_is_refused()
    {
        var items = new TestFormat("items", ".items", EventExportScopes.AgendaItem);

        var ex = Assert.Throws<InvalidOperationException>(() =>
            new ExportFormatRegistry([new ExportFormatRegistration(Ics), new ExportFormatRegistration(items, agendaItemRoute: "{slug}/agenda/{itemId}.ics")]));

        Assert.Contains("'{slug}/agenda/{itemId}.ics' of export format 'items' is already the route of 'ics'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_feed_route_taken_by_another_format_is_refused()
    {
        var ex = Assert.Throws<InvalidOperationException>(() =>
            new ExportFormatRegistry([new ExportFormatRegistration(Ics), new ExportFormatRegistration(Rss, feedRoute: "calendar.ics")]));

        Assert.Contains("'calendar.ics' of export format 'rss' is already the route of 'ics'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_list_of_registrations_is_refused_naming_it() =>
        Assert.Equal("registrations", Assert.Throws<ArgumentNullException>(() => new ExportFormatRegistry(null!)).ParamName);

    [Theory]
    [InlineData(EventExportScopes.Event, new[] { "xml", "ics" })]
    [InlineData(EventExportScopes.Feed, new[] { "ics", "rss" })]
    [InlineData(EventExportScopes.AgendaItem, new[] { "ics" })]
    [InlineData(EventExportScopes.Event | EventExportScopes.Feed, new[] { "ics" })]
    [InlineData(EventExportScopes.None, new string[0])]
    public void Supporting_a_scope_gives_the_formats_that_write_all_of_it_in_order(EventExportScopes scope, string[] expected) =>
        Assert.Equal(expected, Registry(Xml, Ics, Rss).Supporting(scope).Select(r => r.Format.Name));

    private static ExportFormatRegistry Registry(params IEventExportFormat[] formats) =>
        new(formats.Select(f => new ExportFormatRegistration(f)));
}
