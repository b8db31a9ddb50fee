using NodaTime;
using Prb.Events.Export;

namespace Prb.Events.Tests.Export;

/// <summary>A feed: its events in the order given, copied, and an optional title under the model's text rules.</summary>
public sealed class EventFeedTests
{
    private static Event Made(string id, int day) => Event.CreateBuilder(new EventId(id), "Wydarzenie " + id).InZone("Europe/Warsaw")
        .On(new LocalDate(2027, 1, day), new LocalTime(10, 0), new LocalTime(12, 0))
        .Build();

    [Fact]
    public void The_events_keep_the_order_given_not_their_dates()
    {
        var late = Made("pozne", 20);
        var early = Made("wczesne", 5);

        var feed = new EventFeed([late, early, late]);

        Assert.Equal([late, early, late], feed.Events);
    }

    [Fact]
    public void The_events_are_copied_so_a_later_change_of_the_source_does_not_reach_the_feed()
    {
        var source = new List<Event> { Made("a", 1) };

        var feed = new EventFeed(source);
        source.Add(Made("b", 2));
        source.RemoveAt(0);

        Assert.Equal("a", Assert.Single(feed.Events).Id.Value);
    }

    [Fact]
    public void An_empty_feed_is_a_feed_without_a_title_by_default()
    {
        var feed = new EventFeed([]);

        Assert.Empty(feed.Events);
        Assert.Null(feed.Title);
    }

    [Theory]
    [InlineData("Kalendarz bibliotek Dolnego Śląska 📚")]
    [InlineData("\u200Fלוח אירועים")]
    [InlineData(" Wydarzenia ")]
    public void The_title_is_kept_as_given(string title)
    {
        Assert.Equal(title, new EventFeed([], title).Title);
    }

    [Fact]
    public void Null_events_are_refused_by_name()
    {
        var e = Assert.Throws<ArgumentNullException>(() => new EventFeed(null!));

        Assert.Equal("events", e.ParamName);
    }

    [Fact]
    public void A_null_event_among_the_events_is_refused_naming_its_place()
    {
        var e = Assert.Throws<ArgumentException>(() => new EventFeed([Made("a", 1), null!]));

        Assert.Equal("events", e.ParamName);
        Assert.StartsWith("Element 1 of events is null.", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\t\r\n")]
    public void A_blank_title_is_refused(string title)
    {
        var e = Assert.Throws<ArgumentException>(() => new EventFeed([], title));

        Assert.Equal("title", e.ParamName);
        Assert.StartsWith("A feed title cannot be blank.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_title_that_breaks_the_text_rules_is_refused()
    {
        var e = Assert.Throws<ArgumentException>(() => new EventFeed([], "Kalendarz\u0007"));

        Assert.Equal("title", e.ParamName);
    }
}
