using Prb.Events.Internal;

namespace Prb.Events;

/// <summary>Where and by whom a contest's awards are presented: an agenda item of the event.</summary>
public sealed class AwardPresentation
{
    /// <summary>Initializes a presentation.</summary>
    /// <param name="agendaItemId">The agenda item in which the awards are presented.</param>
    /// <param name="presenterIds">The people who present them.</param>
    /// <exception cref="ArgumentException"><paramref name="presenterIds"/> holds null.</exception>
    public AwardPresentation(AgendaItemId agendaItemId, IEnumerable<PersonId>? presenterIds = null)
    {
        AgendaItemId = agendaItemId;
        PresenterIds = Preconditions.CheckElements(presenterIds, nameof(presenterIds));
    }

    /// <summary>Gets the agenda item in which the awards are presented.</summary>
    public AgendaItemId AgendaItemId { get; }

    /// <summary>Gets the people who present the awards.</summary>
    public IReadOnlyList<PersonId> PresenterIds { get; }
}
