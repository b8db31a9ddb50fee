namespace Prb.Events.Schedules;

/// <summary>One day of the schedule: one of the event's days, with the rooms in use that day.</summary>
/// <param name="Index">The day's number, from 1.</param>
/// <param name="Date">The date, such as <c>2011-11-09</c>.</param>
/// <param name="Start">The day's start with its offset.</param>
/// <param name="End">The day's end with its offset.</param>
/// <param name="Rooms">The rooms with items that day, in the order the rooms first appear in the whole schedule.</param>
internal sealed record ScheduleDay(int Index, string Date, string Start, string End, IReadOnlyList<ScheduleDayRoom> Rooms);
