using NodaTime;

namespace Prb.Events.Benchmarks;

/// <summary>An agenda item while <see cref="AgendaGenerator"/> lays out a day: mutable until it becomes an <see cref="AgendaItem"/>.</summary>
internal sealed class AgendaDraft
{
    /// <summary>Initializes a draft.</summary>
    /// <param name="room">The index of the room.</param>
    /// <param name="kind">What happens.</param>
    /// <param name="title">The title.</param>
    /// <param name="start">The local start.</param>
    /// <param name="end">The local end.</param>
    internal AgendaDraft(int room, AgendaItemKind kind, string title, LocalDateTime start, LocalDateTime end)
    {
        Room = room;
        Kind = kind;
        Title = title;
        Start = start;
        End = end;
    }

    /// <summary>Gets the index of the room.</summary>
    internal int Room { get; }

    /// <summary>Gets what happens.</summary>
    internal AgendaItemKind Kind { get; }

    /// <summary>Gets the title.</summary>
    internal string Title { get; }

    /// <summary>Gets or sets the local start; moved earlier to plant a room overlap.</summary>
    internal LocalDateTime Start { get; set; }

    /// <summary>Gets the local end.</summary>
    internal LocalDateTime End { get; }

    /// <summary>Gets the indexes of the speakers.</summary>
    internal List<int> Speakers { get; } = [];

    /// <summary>Gets or sets the room name as written in the document (a few use other letter case).</summary>
    internal string? RoomText { get; set; }

    /// <summary>Gets or sets whether the item is cancelled.</summary>
    internal bool Cancelled { get; set; }
}
