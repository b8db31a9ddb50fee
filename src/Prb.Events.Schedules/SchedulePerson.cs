namespace Prb.Events.Schedules;

/// <summary>A speaker as the schedule shows them: a number and a UUID that stay the same, and the display name.</summary>
/// <param name="Id">The positive number derived from <paramref name="Guid"/>.</param>
/// <param name="Guid">The name-based UUID of the person within the event.</param>
/// <param name="Name">The name with its honorific.</param>
internal sealed record SchedulePerson(int Id, Guid Guid, string Name);
