using NodaTime;
using Prb.Events.Internal;

namespace Prb.Events;

/// <summary>
/// An event of a library network — a conference, workshop or meeting — with its agenda and everything it refers to:
/// the libraries and organisations involved, the people, the programme, the local partnerships and the contests.
/// </summary>
/// <remarks>
/// <para>An event is immutable; create one with <see cref="CreateBuilder(EventId, string)"/> and change one with
/// <see cref="ToBuilder"/>. The event is the document: every id it refers to is defined in one of its directories
/// (<see cref="People"/>, <see cref="Organizations"/>, <see cref="Libraries"/>, ...).</para>
/// <para>The constructor keeps the invariants that make an event an event (at least one day, a zone id, a rescheduled
/// event names its previous start, a revision is not negative). Whether its schedule and references are sound is
/// reported, all problems at once, by <see cref="EventValidator"/>.</para>
/// </remarks>
public sealed class Event
{
    private Dictionary<PersonId, Person>? _peopleById;
    private Dictionary<OrganizationId, string>? _namesById;

    internal Event(EventBuilder builder)
    {
        Id = builder.IdValue;
        Slug = builder.SlugValue ?? Slug.FromId(builder.IdValue);
        Title = Preconditions.CheckText(builder.TitleValue, "title");
        Edition = Preconditions.CheckOptionalText(builder.EditionValue, "edition");
        Kind = builder.KindValue;
        Status = builder.StatusValue;
        RescheduledFrom = builder.RescheduledFromValue;
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(builder.TimeZoneIdValue), "timeZone", "An event needs a time zone id such as Europe/Warsaw.");
        TimeZoneId = builder.TimeZoneIdValue!;
        Days = Preconditions.CheckElements(builder.DaysOrNull, "days");
        Preconditions.CheckArgument(Days.Count > 0, "days", "An event needs at least one day.");
        Preconditions.CheckArgument((Status == EventStatus.Rescheduled) == RescheduledFrom.HasValue, "rescheduledFrom",
            Status == EventStatus.Rescheduled ? "A rescheduled event must give its previous start." : "Only a rescheduled event has a previous start.");
        if (builder.RevisionValue < 0)
        {
            // Only a failing check boxes the value for its message.
            Preconditions.CheckArgumentRange(false, "revision", builder.RevisionValue, "A revision must not be negative.");
        }

        Venue = builder.VenueValue;
        OrganizerIds = Preconditions.CheckElements(builder.OrganizerIdsOrNull, "organizers");
        Partners = Preconditions.CheckElements(builder.PartnersOrNull, "partners");
        Contacts = Preconditions.CheckElements(builder.ContactsOrNull, "contacts");
        Description = Preconditions.CheckOptionalText(builder.DescriptionValue, "description");
        Language = Preconditions.CheckText(builder.LanguageValue, "language");
        Url = builder.UrlValue;
        Tags = Preconditions.CheckElements(builder.TagsOrNull, "tags");
        foreach (var tag in Tags)
        {
            Preconditions.CheckText(tag, "tags");
        }

        Audiences = Preconditions.CheckElements(builder.AudiencesOrNull, "audiences");
        foreach (var audience in Audiences)
        {
            Preconditions.CheckArgumentRange(Enum.IsDefined(audience), "audiences", audience, EnumTokens.NotDefined(audience));
        }

        Preconditions.CheckArgument(Audiences.Count < 2 || Audiences.Distinct().Count() == Audiences.Count, "audiences", "An audience is named only once.");

        Listing = builder.ListingValue;
        Registration = builder.RegistrationValue;
        Revision = builder.RevisionValue;
        LastModified = builder.LastModifiedValue is { } lastModified ? EventLimits.CheckInstant(lastModified, nameof(lastModified)) : null;
        Agenda = Preconditions.CheckElements(builder.AgendaOrNull, "agenda");
        People = Preconditions.CheckElements(builder.PeopleOrNull, "people");
        Organizations = Preconditions.CheckElements(builder.OrganizationsOrNull, "organizations");
        Libraries = Preconditions.CheckElements(builder.LibrariesOrNull, "libraries");
        ProgrammeId = builder.ProgrammeIdValue;
        Programmes = Preconditions.CheckElements(builder.ProgrammesOrNull, "programmes");
        Partnerships = Preconditions.CheckElements(builder.PartnershipsOrNull, "partnerships");
        Contests = Preconditions.CheckElements(builder.ContestsOrNull, "contests");
        Assumptions = Preconditions.CheckElements(builder.AssumptionsOrNull, "assumptions");
        Series = builder.SeriesValue;
    }

    /// <summary>Starts a builder for a new event.</summary>
    /// <param name="id">The event's stable id.</param>
    /// <param name="title">The title.</param>
    /// <returns>The builder.</returns>
    public static EventBuilder CreateBuilder(EventId id, string title) => new(id, title);

    /// <summary>Returns a builder that holds every value of this event, to make a changed copy.</summary>
    /// <returns>The builder.</returns>
    public EventBuilder ToBuilder() => new(this);

    /// <summary>Gets the event's stable id.</summary>
    public EventId Id { get; }

    /// <summary>Gets the URL-safe name of the event.</summary>
    public Slug Slug { get; }

    /// <summary>Gets the title.</summary>
    public string Title { get; }

    /// <summary>Gets the edition or subtitle, such as "II Konferencja Regionalna PRB", or null.</summary>
    public string? Edition { get; }

    /// <summary>Gets the kind of event.</summary>
    public EventKind Kind { get; }

    /// <summary>Gets whether the event takes place as announced.</summary>
    public EventStatus Status { get; }

    /// <summary>Gets the previous start of a rescheduled event, or null.</summary>
    public EventTime? RescheduledFrom { get; }

    /// <summary>Gets the IANA time zone id of the event, such as "Europe/Warsaw". All local times are in this zone.</summary>
    public string TimeZoneId { get; }

    /// <summary>Gets the days of the event, with the hours of each.</summary>
    public IReadOnlyList<EventDay> Days { get; }

    /// <summary>Gets when the event starts: the start of its first day.</summary>
    public EventTime Start => Days[0].Start;

    /// <summary>Gets when the event ends: the end of its last day.</summary>
    public EventTime End => Days[^1].End;

    /// <summary>Gets the series the event is, or null for a one-off event.</summary>
    /// <remarks>A series event has one day, its first occurrence; see <see cref="EventSeries"/>.</remarks>
    public EventSeries? Series { get; }

    /// <summary>Gets whether the event is a series: it has a <see cref="Series"/>.</summary>
    public bool IsSeries => Series is not null;

    /// <summary>Gets the venue, or null when not yet known.</summary>
    public Venue? Venue { get; }

    /// <summary>Gets the organisers: libraries or organisations of this document.</summary>
    public IReadOnlyList<OrganizationId> OrganizerIds { get; }

    /// <summary>Gets the partners and sponsors with their roles.</summary>
    public IReadOnlyList<EventPartner> Partners { get; }

    /// <summary>Gets the people to contact.</summary>
    public IReadOnlyList<Contact> Contacts { get; }

    /// <summary>Gets the description, or null.</summary>
    public string? Description { get; }

    /// <summary>Gets the BCP 47 tag of the event's language, such as "pl".</summary>
    public string Language { get; }

    /// <summary>Gets the event's web page, or null.</summary>
    public Uri? Url { get; }

    /// <summary>Gets the tags.</summary>
    public IReadOnlyList<string> Tags { get; }

    /// <summary>Gets whom the event is meant for, each audience once in the order given; empty when not said.</summary>
    public IReadOnlyList<Audience> Audiences { get; }

    /// <summary>Gets the listing that announced the event, or null.</summary>
    public Listing? Listing { get; }

    /// <summary>Gets the registration details, or null.</summary>
    public Registration? Registration { get; }

    /// <summary>Gets the revision of the event, which only goes up as the event is changed.</summary>
    public int Revision { get; }

    /// <summary>Gets when the event was last changed, or null.</summary>
    public Instant? LastModified { get; }

    /// <summary>Gets the agenda, in document order.</summary>
    public IReadOnlyList<AgendaItem> Agenda { get; }

    /// <summary>Gets the people the document names.</summary>
    public IReadOnlyList<Person> People { get; }

    /// <summary>Gets the organisations other than libraries the document names.</summary>
    public IReadOnlyList<Organization> Organizations { get; }

    /// <summary>Gets the libraries the document names.</summary>
    public IReadOnlyList<Library> Libraries { get; }

    /// <summary>Gets the programme the event belongs to, or null.</summary>
    public ProgrammeId? ProgrammeId { get; }

    /// <summary>Gets the programmes the document names.</summary>
    public IReadOnlyList<Programme> Programmes { get; }

    /// <summary>Gets the local partnerships the document names.</summary>
    public IReadOnlyList<LocalPartnership> Partnerships { get; }

    /// <summary>Gets the contests whose results the event presents.</summary>
    public IReadOnlyList<Contest> Contests { get; }

    /// <summary>Gets the values that are assumed rather than known.</summary>
    public IReadOnlyList<Assumption> Assumptions { get; }

    /// <summary>Gets the full title: the title followed by the edition, when there is one.</summary>
    public string FullTitle => string.IsNullOrEmpty(Edition) ? Title : $"{Title}. {Edition}";

    /// <summary>Finds a person of the document by id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The person, or null.</returns>
    public Person? FindPerson(PersonId id)
    {
        _peopleById ??= BuildIndex(People, p => p.Id);
        return _peopleById.GetValueOrDefault(id);
    }

    /// <summary>Finds the name of a library or organisation of the document by id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The official name, or null.</returns>
    public string? FindOrganizationName(OrganizationId id)
    {
        if (_namesById is null)
        {
            var names = new Dictionary<OrganizationId, string>();
            foreach (var library in Libraries)
            {
                names.TryAdd(library.Id, library.OfficialName);
            }

            foreach (var organization in Organizations)
            {
                names.TryAdd(organization.Id, organization.Name);
            }

            _namesById = names;
        }

        return _namesById.GetValueOrDefault(id);
    }

    /// <summary>Finds an agenda item by id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The item, or null.</returns>
    public AgendaItem? FindAgendaItem(AgendaItemId id)
    {
        foreach (var item in Agenda)
        {
            if (item.Id == id)
            {
                return item;
            }
        }

        return null;
    }

    /// <summary>Returns the full title.</summary>
    /// <returns>The full title.</returns>
    public override string ToString() => FullTitle;

    private static Dictionary<TKey, TValue> BuildIndex<TKey, TValue>(IReadOnlyList<TValue> values, Func<TValue, TKey> key)
        where TKey : notnull
    {
        var index = new Dictionary<TKey, TValue>(values.Count);
        foreach (var value in values)
        {
            index.TryAdd(key(value), value);
        }

        return index;
    }
}
