using CsCheck;
using NodaTime;
using Prb.Events.Ical.Tests.TestSupport;

namespace Prb.Events.Ical.Tests;

/// <summary>The random events of the property tests do reach the edges they are meant to reach.</summary>
public class GeneratorCoverageTests
{
    [Fact]
    public void Random_events_reach_dst_edges_emoji_long_text_and_cancelled_items()
    {
        var events = EventGenerators.Event.Array[300].Single();
        var times = events.SelectMany(e => e.Agenda.SelectMany(i => new[] { i.Start, i.End }).Append(e.Start).Append(e.End)).ToArray();
        Assert.Contains(times, t => t.Offset is not null);
        Assert.Contains(events, e => e.Title.Any(char.IsSurrogate));
        Assert.Contains(events, e => e.Title.Contains('ł', StringComparison.Ordinal) || e.Title.Contains('ż', StringComparison.Ordinal));
        Assert.Contains(events, e => e.Description?.Length > 300);
        Assert.Contains(events, e => e.Agenda.Any(i => i.Status == AgendaItemStatus.Cancelled));
        Assert.Contains(events, e => e.Status == EventStatus.Cancelled);
        Assert.Contains(events, e => e.Days.Count > 1);
        Assert.Contains(events, e => e.Start.Local.TimeOfDay != LocalTime.Midnight);
    }
}
