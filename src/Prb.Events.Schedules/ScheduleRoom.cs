namespace Prb.Events.Schedules;

/// <summary>A room of the schedule, with the name-based UUID of its name.</summary>
/// <param name="Name">The room's name as the agenda gives it, or the fallback for items without a room.</param>
/// <param name="Guid">The name-based UUID of the room within the event.</param>
internal sealed record ScheduleRoom(string Name, Guid Guid);
