
namespace Prb.Events.Schedules;

/// <summary>
/// The <c>type</c> of an agenda item in schedule.xml and schedule.json: frab's words where frab has one (lecture,
/// workshop, podium, meeting, concert, other), the word pretalx uses for a talk, and plain English words for the
/// rest. Every break is a <c>break</c>, so apps can tell breaks from sessions.
/// </summary>
internal static class ScheduleItemTypes
{
    /// <summary>Gets the type of a kind of agenda item.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined kind.</exception>
    internal static string Of(AgendaItemKind kind) => kind switch
    {
        AgendaItemKind.Registration => "registration",
        AgendaItemKind.Opening => "opening",
        AgendaItemKind.Lecture => "lecture",
        AgendaItemKind.Presentation => "talk",
        AgendaItemKind.Panel => "podium",
        AgendaItemKind.Workshop => "workshop",
        AgendaItemKind.CoffeeBreak or AgendaItemKind.LunchBreak or AgendaItemKind.Break => "break",
        AgendaItemKind.AwardCeremony => "ceremony",
        AgendaItemKind.Concert => "concert",
        AgendaItemKind.Networking => "meeting",
        AgendaItemKind.Closing => "closing",
        AgendaItemKind.Other => "other",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, $"{kind} is not a defined AgendaItemKind value."),
    };
}
