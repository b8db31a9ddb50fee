using Prb.Events.Validation.Rules;

namespace Prb.Events;

/// <summary>
/// Finds every problem in an event at once and reports each as a <see cref="Diagnostic"/> with a code, a severity,
/// the document path of the value and a message.
/// </summary>
/// <remarks>
/// <para>The checks are small rules, one concern each, in <c>Validation/Rules/</c>, named after what they check; the
/// diagnostics come in the order of the rules: blank titles and names; the language tag; per day, ends not after starts
/// and days out of order; the zone id; skipped and ambiguous local times and offsets the zone does not use (under the
/// scheduler's policy); per agenda item, ends not after starts and items outside the event's days; two items in one
/// room at once; a speaker in two places at once; e-mail addresses and phone numbers; duplicate ids; references to ids
/// the document does not define; URL schemes; registration closing after the start; for a series, more than one day, an
/// interval or count below 1, an end before the start, a rule that never occurs or does not give the first day, cancelled
/// or changed occurrences the rule does not give or that are named twice, and moved occurrences that end before they
/// start. <see cref="ValidateUpdate"/> adds
/// the checks between two revisions.</para>
/// <para>Local times are resolved once per validation, as <see cref="EventScheduler.Schedule"/> resolves them. Overlaps
/// are found in O(n log n) for n agenda items: the items are put in order of start (one pass when they already are),
/// grouped by room and by speaker with a stable distribution, and each group is swept once. An instance is immutable
/// and safe to share between threads.</para>
/// </remarks>
public sealed class EventValidator
{
    private static readonly IEventRule[] Rules =
    [
        new RequiredTextRule(),
        new LanguageTagRule(),
        new EachDay(new TimeOrderRule(), new DaysOrderRule()),
        new TimeZoneRule(),
        new LocalTimeRule(),
        new EachAgendaItem(new TimeOrderRule(), new AgendaWithinDaysRule()),
        new RoomOverlapRule(),
        new SpeakerClashRule(),
        new ContactRule(),
        new DuplicateIdRule(),
        new ReferenceRule(),
        new UrlRule(),
        new RegistrationRule(),
        new SeriesDaysRule(),
        new RecurrenceRangeRule(),
        new RecurrenceOccursRule(),
        new OccurrenceReferencesRule(),
        new EachOverride(new TimeOrderRule()),
    ];

    private static readonly IUpdateRule[] UpdateRules =
    [
        new SameEventRule(),
        new RevisionRule(),
    ];

    private readonly LocalTimeResolver _resolver;

    /// <summary>Initializes a validator that resolves times with the given scheduler.</summary>
    /// <param name="scheduler">The scheduler; <see cref="EventScheduler.Default"/> when null.</param>
    public EventValidator(EventScheduler? scheduler = null)
    {
        Scheduler = scheduler ?? EventScheduler.Default;
        _resolver = new LocalTimeResolver(Scheduler.ZoneProvider, Scheduler.Policy);
    }

    /// <summary>Gets a validator over the tz database with the strict policy.</summary>
    public static EventValidator Default { get; } = new();

    /// <summary>Gets the scheduler whose zone provider and policy resolve times.</summary>
    public EventScheduler Scheduler { get; }

    /// <summary>Validates an event.</summary>
    /// <param name="event">The event.</param>
    /// <returns>Every diagnostic found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="event"/> is null.</exception>
    public ValidationResult Validate(Event @event)
    {
        ArgumentNullException.ThrowIfNull(@event, nameof(@event));
        var diagnostics = new List<Diagnostic>();
        using (var context = new ValidationContext(@event, _resolver))
        {
            foreach (var rule in Rules)
            {
                rule.Check(context, diagnostics);
            }
        }

        return new ValidationResult(diagnostics);
    }

    /// <summary>Validates a new revision of an event against the one published before it: the new one must be valid,
    /// keep the id, and raise the revision of the event and of every item whose times or status changed, so that
    /// subscribers see the change.</summary>
    /// <param name="previous">The revision published before.</param>
    /// <param name="next">The new revision.</param>
    /// <returns>Every diagnostic found.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ValidationResult ValidateUpdate(Event previous, Event next)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(next);
        var diagnostics = new List<Diagnostic>(Validate(next).Diagnostics);
        foreach (var rule in UpdateRules)
        {
            rule.Check(previous, next, diagnostics);
        }

        return new ValidationResult(diagnostics);
    }
}
