namespace Prb.Events.Schedules;

/// <summary>One room on one day of the schedule, with its items earliest first.</summary>
/// <param name="Room">The room.</param>
/// <param name="Items">The items in that room on that day; never empty.</param>
internal sealed record ScheduleDayRoom(ScheduleRoom Room, IReadOnlyList<ScheduleItem> Items);
