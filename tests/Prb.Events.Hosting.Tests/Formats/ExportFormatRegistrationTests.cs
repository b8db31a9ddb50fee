using Prb.Events.Export;
using Prb.Events.Hosting.Tests.TestSupport;

namespace Prb.Events.Hosting.Tests.Formats;

/// <summary>What a format must be to be registered, and the routes it gets: each refusal names the parameter at fault
/// and says what is wrong.</summary>
public sealed class ExportFormatRegistrationTests
{
    [Fact]
    public void A_format_of_every_scope_gets_the_default_routes_of_its_extension()
    {
        var registration = new ExportFormatRegistration(new TestFormat("ics", ".ics", EventExportScopes.All));

        Assert.Equal(["{slug}.ics"], registration.EventRoutes);
        Assert.Equal("{slug}/agenda/{itemId}.ics", registration.AgendaItemRoute);
        Assert.Equal("calendar.ics", registration.FeedRoute);
        Assert.Equal(["{slug}.ics", "{slug}/agenda/{itemId}.ics", "calendar.ics"], registration.AllRoutes);
    }

    [Fact]
    public void A_format_of_events_only_has_no_agenda_item_or_feed_route()
    {
        var registration = new ExportFormatRegistration(new TestFormat("x", ".x", EventExportScopes.Event));

        Assert.Equal(["{slug}.x"], registration.EventRoutes);
        Assert.Null(registration.AgendaItemRoute);
        Assert.Null(registration.FeedRoute);
        Assert.Equal(["{slug}.x"], registration.AllRoutes);
    }

    [Fact]
    public void A_format_of_feeds_only_has_no_event_route()
    {
        var registration = new ExportFormatRegistration(new TestFormat("rss", ".rss", EventExportScopes.Feed));

        Assert.Empty(registration.EventRoutes);
        Assert.Null(registration.AgendaItemRoute);
        Assert.Equal(["calendar.rss"], registration.AllRoutes);
    }

    [Fact]
    public void A_format_of_agenda_items_only_has_only_the_agenda_item_route()
    {
        var registration = new ExportFormatRegistration(new TestFormat("item", ".item", EventExportScopes.AgendaItem));

        Assert.Empty(registration.EventRoutes);
        Assert.Null(registration.FeedRoute);
        Assert.Equal(["{slug}/agenda/{itemId}.item"], registration.AllRoutes);
    }

    [Fact]
    public void Routes_given_are_kept_in_their_order_the_first_being_canonical()
    {
        var format = new TestFormat("xml", ".xml", EventExportScopes.All);

        var registration = new ExportFormatRegistration(format, ["{slug}/schedule.xml", "{slug}.xml"], "{slug}/items/{itemId}.xml", "all.xml");

        Assert.Same(format, registration.Format);
        Assert.Equal(["{slug}/schedule.xml", "{slug}.xml"], registration.EventRoutes);
        Assert.Equal("{slug}/items/{itemId}.xml", registration.AgendaItemRoute);
        Assert.Equal("all.xml", registration.FeedRoute);
    }

    [Fact]
    public void The_routes_given_are_copied_so_a_later_change_of_the_list_does_not_reach_the_registration()
    {
        var routes = new List<string> { "{slug}.x" };

        var registration = new ExportFormatRegistration(new TestFormat("x"), routes);
        routes.Add("{slug}/other.x");

        Assert.Equal(["{slug}.x"], registration.EventRoutes);
    }

    [Fact]
    public void A_null_format_is_refused_naming_format() =>
        Assert.Equal("format", Assert.Throws<ArgumentNullException>(() => new ExportFormatRegistration(null!)).ParamName);

    [Fact]
    public void Event_routes_for_a_format_that_writes_no_events_are_refused()
    {
        var ex = Assert.Throws<ArgumentException>(() =>
            new ExportFormatRegistration(new TestFormat("rss", ".rss", EventExportScopes.Feed), ["{slug}.rss"]));

        Assert.Equal("eventRoutes", ex.ParamName);
        Assert.StartsWith("The export format 'rss' does not write single events, so it has no event routes.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_agenda_item_route_for_a_format_that_writes_no_agenda_items_is_refused()
    {
        var ex = Assert.Throws<ArgumentException>(() =>
            new ExportFormatRegistration(new TestFormat("x"), agendaItemRoute: "{slug}/agenda/{itemId}.x"));

        Assert.Equal("agendaItemRoute", ex.ParamName);
        Assert.StartsWith("The export format 'x' does not write agenda items, so it has no agenda-item route.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_feed_route_for_a_format_that_writes_no_feeds_is_refused()
    {
        var ex = Assert.Throws<ArgumentException>(() => new ExportFormatRegistration(new TestFormat("x"), feedRoute: "calendar.x"));

        Assert.Equal("feedRoute", ex.ParamName);
        Assert.StartsWith("The export format 'x' does not write feeds, so it has no feed route.", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("/{slug}.x")]
    [InlineData("events//{slug}.x")]
    public void An_event_route_that_is_not_a_relative_path_is_refused(string route)
    {
        var ex = Assert.Throws<ArgumentException>(() => new ExportFormatRegistration(new TestFormat("x"), [route]));

        Assert.Equal("eventRoutes", ex.ParamName);
        Assert.StartsWith($"The route '{route}' of format 'x' must be a relative path.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_event_route_without_the_slug_is_refused()
    {
        var ex = Assert.Throws<ArgumentException>(() => new ExportFormatRegistration(new TestFormat("x"), ["{slug}.x", "latest.x"]));

        Assert.Equal("eventRoutes", ex.ParamName);
        Assert.StartsWith("The route 'latest.x' of format 'x' must contain {slug}.", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{slug}/agenda.x", "{itemId}")]
    [InlineData("agenda/{itemId}.x", "{slug}")]
    public void An_agenda_item_route_without_its_parameters_is_refused(string route, string missing)
    {
        var ex = Assert.Throws<ArgumentException>(() =>
            new ExportFormatRegistration(new TestFormat("x", ".x", EventExportScopes.AgendaItem), agendaItemRoute: route));

        Assert.Equal("agendaItemRoute", ex.ParamName);
        Assert.StartsWith($"The route '{route}' of format 'x' must contain {missing}.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_agenda_item_route_that_is_not_a_relative_path_is_refused()
    {
        var ex = Assert.Throws<ArgumentException>(() =>
            new ExportFormatRegistration(new TestFormat("x", ".x", EventExportScopes.AgendaItem), agendaItemRoute: "/{slug}/{itemId}"));

        Assert.Equal("agendaItemRoute", ex.ParamName);
    }

    [Fact]
    public void A_feed_route_with_a_parameter_is_refused()
    {
        var ex = Assert.Throws<ArgumentException>(() =>
            new ExportFormatRegistration(new TestFormat("x", ".x", EventExportScopes.Feed), feedRoute: "{slug}.x"));

        Assert.Equal("feedRoute", ex.ParamName);
        Assert.StartsWith("The route '{slug}.x' of format 'x' cannot hold a parameter or a brace.", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("calendar}.x")]
    [InlineData("{calendar.x")]
    public void A_feed_route_with_a_lone_brace_is_refused(string route)
    {
        var ex = Assert.Throws<ArgumentException>(() =>
            new ExportFormatRegistration(new TestFormat("x", ".x", EventExportScopes.Feed), feedRoute: route));

        Assert.Equal("feedRoute", ex.ParamName);
        Assert.StartsWith($"The route '{route}' of format 'x' cannot hold a parameter or a brace.", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{slug}/{lang}.x")]
    [InlineData("{slug}/{SLUG}.x")]
    [InlineData("{slug}}.x")]
    public void An_event_route_with_another_parameter_or_a_lone_brace_is_refused(string route)
    {
        var ex = Assert.Throws<ArgumentException>(() =>
            new ExportFormatRegistration(new TestFormat("x", ".x", EventExportScopes.Event), eventRoutes: [route]));

        Assert.Equal("eventRoutes", ex.ParamName);
        Assert.StartsWith($"The route '{route}' of format 'x' cannot hold a parameter or a brace besides {{slug}}.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_agenda_item_route_with_another_parameter_is_refused_naming_both_it_may_hold()
    {
        var ex = Assert.Throws<ArgumentException>(() =>
            new ExportFormatRegistration(new TestFormat("x", ".x", EventExportScopes.AgendaItem), agendaItemRoute: "{slug}/{itemId}/{part}.x"));

        Assert.Equal("agendaItemRoute", ex.ParamName);
        Assert.StartsWith("The route '{slug}/{itemId}/{part}.x' of format 'x' cannot hold a parameter or a brace besides {slug} and {itemId}.", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("/calendar.x")]
    public void A_feed_route_that_is_not_a_relative_path_is_refused(string route)
    {
        var ex = Assert.Throws<ArgumentException>(() =>
            new ExportFormatRegistration(new TestFormat("x", ".x", EventExportScopes.Feed), feedRoute: route));

        Assert.Equal("feedRoute", ex.ParamName);
        Assert.Contains("must be a relative path", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a")]
    [InlineData("ical-2")]
    [InlineData("0123456789012345678901234567890123456789012345678901234567890123")]
    public void A_name_of_lower_case_letters_digits_and_hyphens_up_to_64_is_accepted(string name) =>
        Assert.Equal(name, new ExportFormatRegistration(new TestFormat(name)).Format.Name);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Ics")]
    [InlineData("ics_2")]
    [InlineData("ics 2")]
    [InlineData("żółw")]
    [InlineData("01234567890123456789012345678901234567890123456789012345678901234")]
    public void A_name_that_cannot_be_a_path_or_a_command_line_word_is_refused(string? name)
    {
        var ex = Assert.Throws<ArgumentException>(() => new ExportFormatRegistration(new TestFormat(name!)));

        Assert.Equal("format", ex.ParamName);
        Assert.StartsWith($"The format name '{name}' must be 1 to 64 lower-case ASCII letters, digits and hyphens.", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("calendar")]
    [InlineData("text/")]
    [InlineData("text/calendar, text/plain")]
    public void A_media_type_that_does_not_parse_is_refused(string? mediaType)
    {
        var ex = Assert.Throws<ArgumentException>(() => new ExportFormatRegistration(new TestFormat("x", mediaType: mediaType)));

        Assert.Equal("format", ex.ParamName);
        Assert.StartsWith($"The media type '{mediaType}' of format 'x' is not a valid media type.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_media_type_with_parameters_is_accepted() =>
        Assert.Equal(
            "text/calendar; charset=utf-8",
            new ExportFormatRegistration(new TestFormat("x", mediaType: "text/calendar; charset=utf-8")).Format.MediaType);

    [Theory]
    [InlineData(".x")]
    [InlineData(".tar.gz")]
    [InlineData(".x-y")]
    [InlineData(".X9")]
    [InlineData(".0123456789012345678901234567890")]
    public void An_extension_of_a_dot_and_up_to_31_letters_digits_hyphens_and_inner_dots_is_accepted(string extension) =>
        Assert.Equal(["{slug}" + extension], new ExportFormatRegistration(new TestFormat("x", extension)).EventRoutes);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(".")]
    [InlineData("ics")]
    [InlineData("x.ics")]
    [InlineData(".ics.")]
    [InlineData(".tar..gz")]
    [InlineData("..gz")]
    [InlineData(".a/b")]
    [InlineData(".a b")]
    [InlineData(".a_b")]
    [InlineData(".żółw")]
    [InlineData(".01234567890123456789012345678901")]
    public void An_extension_that_cannot_end_a_file_name_or_a_route_is_refused(string? extension)
    {
        var ex = Assert.Throws<ArgumentException>(() => new ExportFormatRegistration(new TestFormat("x", extension!)));

        Assert.Equal("format", ex.ParamName);
        Assert.StartsWith(
            $"The file extension '{extension}' of format 'x' must be a dot and 1 to 31 ASCII letters, digits, hyphens and single inner dots, such as .ics or .tar.gz.",
            ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(EventExportScopes.None, "None")]
    [InlineData((EventExportScopes)8, "8")]
    [InlineData(EventExportScopes.Event | (EventExportScopes)8, "9")]
    public void Scopes_of_nothing_or_of_unknown_kinds_are_refused(EventExportScopes scopes, string shown)
    {
        var ex = Assert.Throws<ArgumentException>(() => new ExportFormatRegistration(new TestFormat("x", ".x", scopes)));

        Assert.Equal("format", ex.ParamName);
        Assert.StartsWith(
            $"The format 'x' must write at least one of an event, an agenda item or a feed; its scopes are {shown}.", ex.Message, StringComparison.Ordinal);
    }
}
