namespace Prb.Events.Schedules;

/// <summary>
/// The few words a schedule export adds to an event's own text, in the event's language: Polish for events in
/// Polish, English for every other language.
/// </summary>
internal sealed class ScheduleLabels
{
    private static readonly ScheduleLabels Polish = new("Odwołane", "Zmiana terminu", "Sala główna", "Program główny");
    private static readonly ScheduleLabels English = new("Cancelled", "Rescheduled", "Main room", "Main track");

    private ScheduleLabels(string cancelled, string rescheduled, string defaultRoom, string defaultTrack)
    {
        Cancelled = cancelled;
        Rescheduled = rescheduled;
        DefaultRoom = defaultRoom;
        DefaultTrack = defaultTrack;
    }

    /// <summary>Gets the subtitle of a cancelled item.</summary>
    internal string Cancelled { get; }

    /// <summary>Gets the subtitle of a rescheduled item.</summary>
    internal string Rescheduled { get; }

    /// <summary>Gets the room name of items without a room, when the event has no venue name either.</summary>
    internal string DefaultRoom { get; }

    /// <summary>Gets the track of items without a track: apps show an empty track as "No track".</summary>
    internal string DefaultTrack { get; }

    /// <summary>Gets the labels for a BCP 47 language tag, judged by its primary subtag.</summary>
    internal static ScheduleLabels For(string language)
    {
        var primary = language.AsSpan();
        var dash = primary.IndexOfAny('-', '_');
        if (dash >= 0)
        {
            primary = primary[..dash];
        }

        return primary.Equals("pl", StringComparison.OrdinalIgnoreCase) ? Polish : English;
    }
}
