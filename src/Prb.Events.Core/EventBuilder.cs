using NodaTime;
using Prb.Events.Internal;

namespace Prb.Events;

/// <summary>
/// Builds an <see cref="Event"/> in the order an announcement reads: what, when, where, who organises it, whom to
/// contact, and then the agenda.
/// </summary>
/// <remarks>A builder is mutable and not thread-safe; <see cref="Build"/> makes an immutable event and may be called again.</remarks>
public sealed class EventBuilder
{
    internal EventBuilder(EventId id, string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        IdValue = id;
        TitleValue = title;
    }

    internal EventBuilder(Event source)
    {
        IdValue = source.Id;
        TitleValue = source.Title;
        SlugValue = source.Slug;
        EditionValue = source.Edition;
        KindValue = source.Kind;
        StatusValue = source.Status;
        RescheduledFromValue = source.RescheduledFrom;
        TimeZoneIdValue = source.TimeZoneId;
        _days = CopyOrNull(source.Days);
        VenueValue = source.Venue;
        _organizerIds = CopyOrNull(source.OrganizerIds);
        _partners = CopyOrNull(source.Partners);
        _contacts = CopyOrNull(source.Contacts);
        DescriptionValue = source.Description;
        LanguageValue = source.Language;
        UrlValue = source.Url;
        _tags = CopyOrNull(source.Tags);
        _audiences = CopyOrNull(source.Audiences);
        ListingValue = source.Listing;
        RegistrationValue = source.Registration;
        RevisionValue = source.Revision;
        LastModifiedValue = source.LastModified;
        _agenda = CopyOrNull(source.Agenda);
        _people = CopyOrNull(source.People);
        _organizations = CopyOrNull(source.Organizations);
        _libraries = CopyOrNull(source.Libraries);
        ProgrammeIdValue = source.ProgrammeId;
        _programmes = CopyOrNull(source.Programmes);
        _partnerships = CopyOrNull(source.Partnerships);
        _contests = CopyOrNull(source.Contests);
        _assumptions = CopyOrNull(source.Assumptions);
        SeriesValue = source.Series;
    }

    internal EventId IdValue { get; }

    internal string TitleValue { get; set; }

    internal Slug? SlugValue { get; set; }

    internal string? EditionValue { get; set; }

    internal EventKind KindValue { get; set; } = EventKind.Conference;

    internal EventStatus StatusValue { get; set; } = EventStatus.Scheduled;

    internal EventTime? RescheduledFromValue { get; set; }

    internal string? TimeZoneIdValue { get; set; }

    private List<EventDay>? _days;

    internal List<EventDay> DaysValue => _days ??= [];

    /// <summary>Gets the days added so far, or null when none was (the list is made on first use).</summary>
    internal List<EventDay>? DaysOrNull => _days;

    internal Venue? VenueValue { get; set; }

    private List<OrganizationId>? _organizerIds;

    internal List<OrganizationId> OrganizerIdsValue => _organizerIds ??= [];

    /// <summary>Gets the organizerIds added so far, or null when none was (the list is made on first use).</summary>
    internal List<OrganizationId>? OrganizerIdsOrNull => _organizerIds;

    private List<EventPartner>? _partners;

    internal List<EventPartner> PartnersValue => _partners ??= [];

    /// <summary>Gets the partners added so far, or null when none was (the list is made on first use).</summary>
    internal List<EventPartner>? PartnersOrNull => _partners;

    private List<Contact>? _contacts;

    internal List<Contact> ContactsValue => _contacts ??= [];

    /// <summary>Gets the contacts added so far, or null when none was (the list is made on first use).</summary>
    internal List<Contact>? ContactsOrNull => _contacts;

    internal string? DescriptionValue { get; set; }

    internal string LanguageValue { get; set; } = "pl";

    internal Uri? UrlValue { get; set; }

    private List<string>? _tags;

    internal List<string> TagsValue => _tags ??= [];

    /// <summary>Gets the tags added so far, or null when none was (the list is made on first use).</summary>
    internal List<string>? TagsOrNull => _tags;

    private List<Audience>? _audiences;

    internal List<Audience> AudiencesValue => _audiences ??= [];

    /// <summary>Gets the audiences added so far, or null when none was (the list is made on first use).</summary>
    internal List<Audience>? AudiencesOrNull => _audiences;

    internal Listing? ListingValue { get; set; }

    internal Registration? RegistrationValue { get; set; }

    internal int RevisionValue { get; set; }

    internal Instant? LastModifiedValue { get; set; }

    private List<AgendaItem>? _agenda;

    internal List<AgendaItem> AgendaValue => _agenda ??= [];

    /// <summary>Gets the agenda added so far, or null when none was (the list is made on first use).</summary>
    internal List<AgendaItem>? AgendaOrNull => _agenda;

    private List<Person>? _people;

    internal List<Person> PeopleValue => _people ??= [];

    /// <summary>Gets the people added so far, or null when none was (the list is made on first use).</summary>
    internal List<Person>? PeopleOrNull => _people;

    private List<Organization>? _organizations;

    internal List<Organization> OrganizationsValue => _organizations ??= [];

    /// <summary>Gets the organizations added so far, or null when none was (the list is made on first use).</summary>
    internal List<Organization>? OrganizationsOrNull => _organizations;

    private List<Library>? _libraries;

    internal List<Library> LibrariesValue => _libraries ??= [];

    /// <summary>Gets the libraries added so far, or null when none was (the list is made on first use).</summary>
    internal List<Library>? LibrariesOrNull => _libraries;

    internal ProgrammeId? ProgrammeIdValue { get; set; }

    private List<Programme>? _programmes;

    internal List<Programme> ProgrammesValue => _programmes ??= [];

    /// <summary>Gets the programmes added so far, or null when none was (the list is made on first use).</summary>
    internal List<Programme>? ProgrammesOrNull => _programmes;

    private List<LocalPartnership>? _partnerships;

    internal List<LocalPartnership> PartnershipsValue => _partnerships ??= [];

    /// <summary>Gets the partnerships added so far, or null when none was (the list is made on first use).</summary>
    internal List<LocalPartnership>? PartnershipsOrNull => _partnerships;

    private List<Contest>? _contests;

    internal List<Contest> ContestsValue => _contests ??= [];

    /// <summary>Gets the contests added so far, or null when none was (the list is made on first use).</summary>
    internal List<Contest>? ContestsOrNull => _contests;

    private List<Assumption>? _assumptions;

    internal List<Assumption> AssumptionsValue => _assumptions ??= [];

    /// <summary>Gets the assumptions added so far, or null when none was (the list is made on first use).</summary>
    internal List<Assumption>? AssumptionsOrNull => _assumptions;

    internal EventSeries? SeriesValue { get; set; }

    /// <summary>Sets the title.</summary>
    /// <param name="title">The title.</param>
    /// <returns>This builder.</returns>
    public EventBuilder Titled(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        TitleValue = title;
        return this;
    }

    /// <summary>Sets the slug; by default it is made from the id.</summary>
    /// <param name="slug">The slug.</param>
    /// <returns>This builder.</returns>
    public EventBuilder WithSlug(Slug slug)
    {
        SlugValue = slug;
        return this;
    }

    /// <summary>Sets the edition or subtitle.</summary>
    /// <param name="edition">The edition, such as "II Konferencja Regionalna PRB".</param>
    /// <returns>This builder.</returns>
    public EventBuilder Edition(string? edition)
    {
        EditionValue = edition;
        return this;
    }

    /// <summary>Sets the kind of event; a conference by default.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>This builder.</returns>
    public EventBuilder OfKind(EventKind kind)
    {
        KindValue = kind;
        return this;
    }

    /// <summary>Sets the status. Use <see cref="RescheduledFrom"/> for a rescheduled event.</summary>
    /// <param name="status">The status.</param>
    /// <returns>This builder.</returns>
    public EventBuilder WithStatus(EventStatus status)
    {
        StatusValue = status;
        if (status != EventStatus.Rescheduled)
        {
            RescheduledFromValue = null;
        }

        return this;
    }

    /// <summary>Marks the event rescheduled and records the start it had before.</summary>
    /// <param name="previousStart">The previous start.</param>
    /// <returns>This builder.</returns>
    public EventBuilder RescheduledFrom(EventTime previousStart)
    {
        StatusValue = EventStatus.Rescheduled;
        RescheduledFromValue = previousStart;
        return this;
    }

    /// <summary>Sets the IANA time zone of the event; all local times are in it.</summary>
    /// <param name="timeZoneId">The zone id, such as "Europe/Warsaw".</param>
    /// <returns>This builder.</returns>
    public EventBuilder InZone(string timeZoneId)
    {
        ArgumentNullException.ThrowIfNull(timeZoneId);
        TimeZoneIdValue = timeZoneId;
        return this;
    }

    /// <summary>Sets the zone of the event from a NodaTime zone.</summary>
    /// <param name="zone">The zone.</param>
    /// <returns>This builder.</returns>
    public EventBuilder InZone(DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return InZone(zone.Id);
    }

    /// <summary>Makes the event a series that repeats by a rule, keeping the cancelled and changed occurrences given
    /// so far. The event's one day is the first occurrence.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is null.</exception>
    public EventBuilder Repeats(RecurrenceRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        SeriesValue = new EventSeries(rule, SeriesValue?.CancelledDates, SeriesValue?.Overrides);
        return this;
    }

    /// <summary>Sets the series, or makes the event a one-off event with null.</summary>
    /// <param name="series">The series, or null.</param>
    /// <returns>This builder.</returns>
    public EventBuilder AsSeries(EventSeries? series)
    {
        SeriesValue = series;
        return this;
    }

    /// <summary>Cancels one occurrence of the series: it is left out.</summary>
    /// <param name="originalDate">The date the rule gives the occurrence.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="InvalidOperationException">The event is not a series yet; call <see cref="Repeats"/> first.</exception>
    public EventBuilder CancelOccurrence(LocalDate originalDate)
    {
        var series = SeriesValue ?? throw new InvalidOperationException("Only a series has occurrences to cancel; call Repeats first.");
        SeriesValue = new EventSeries(series.Rule, series.CancelledDates.Append(originalDate), series.Overrides);
        return this;
    }

    /// <summary>Moves or changes one occurrence of the series.</summary>
    /// <param name="override">The occurrence's new times and values.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="override"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The event is not a series yet; call <see cref="Repeats"/> first.</exception>
    public EventBuilder OverrideOccurrence(OccurrenceOverride @override)
    {
        ArgumentNullException.ThrowIfNull(@override, nameof(@override));
        var series = SeriesValue ?? throw new InvalidOperationException("Only a series has occurrences to change; call Repeats first.");
        SeriesValue = new EventSeries(series.Rule, series.CancelledDates, series.Overrides.Append(@override));
        return this;
    }

    /// <summary>Adds a day of the event, from its start to its end.</summary>
    /// <param name="date">The date.</param>
    /// <param name="start">When the day's programme starts.</param>
    /// <param name="end">When it ends.</param>
    /// <returns>This builder.</returns>
    public EventBuilder On(LocalDate date, LocalTime start, LocalTime end) =>
        OnDay(new EventDay(date.At(start), end > start ? date.At(end) : date.PlusDays(1).At(end)));

    /// <summary>Adds a day of the event.</summary>
    /// <param name="day">The day.</param>
    /// <returns>This builder.</returns>
    public EventBuilder OnDay(EventDay day)
    {
        ArgumentNullException.ThrowIfNull(day);
        DaysValue.Add(day);
        return this;
    }

    /// <summary>Sets the venue.</summary>
    /// <param name="venue">The venue.</param>
    /// <returns>This builder.</returns>
    public EventBuilder At(Venue? venue)
    {
        VenueValue = venue;
        return this;
    }

    /// <summary>Adds a library to the document, when not there yet, and makes it an organiser.</summary>
    /// <param name="library">The library.</param>
    /// <returns>This builder.</returns>
    public EventBuilder OrganizedBy(Library library)
    {
        AddLibrary(library);
        AddOnce(OrganizerIdsValue, library.Id);
        return this;
    }

    /// <summary>Adds an organisation to the document, when not there yet, and makes it an organiser.</summary>
    /// <param name="organization">The organisation.</param>
    /// <returns>This builder.</returns>
    public EventBuilder OrganizedBy(Organization organization)
    {
        AddOrganization(organization);
        AddOnce(OrganizerIdsValue, organization.Id);
        return this;
    }

    /// <summary>Adds an organisation to the document, when not there yet, as a partner in the given role.</summary>
    /// <param name="organization">The organisation.</param>
    /// <param name="role">Its role.</param>
    /// <param name="description">The role in the event's own words; optional.</param>
    /// <returns>This builder.</returns>
    public EventBuilder WithPartner(Organization organization, PartnerRole role, string? description = null)
    {
        AddOrganization(organization);
        PartnersValue.Add(new EventPartner(organization.Id, role, description));
        return this;
    }

    /// <summary>Adds a library to the document, when not there yet, as a partner in the given role.</summary>
    /// <param name="library">The library.</param>
    /// <param name="role">Its role.</param>
    /// <param name="description">The role in the event's own words; optional.</param>
    /// <returns>This builder.</returns>
    public EventBuilder WithPartner(Library library, PartnerRole role, string? description = null)
    {
        AddLibrary(library);
        PartnersValue.Add(new EventPartner(library.Id, role, description));
        return this;
    }

    /// <summary>Adds a person to the document, when not there yet, and makes them a contact.</summary>
    /// <param name="person">The person.</param>
    /// <param name="role">Why to contact them.</param>
    /// <param name="roleTitle">The role in the event's own words; optional.</param>
    /// <param name="phone">The phone number; optional.</param>
    /// <param name="email">The e-mail address; optional.</param>
    /// <returns>This builder.</returns>
    public EventBuilder WithContact(Person person, ContactRole role, string? roleTitle = null, string? phone = null, string? email = null)
    {
        AddPerson(person);
        ContactsValue.Add(new Contact(person.Id, role, roleTitle, phone, email));
        return this;
    }

    /// <summary>Sets the description.</summary>
    /// <param name="description">The description.</param>
    /// <returns>This builder.</returns>
    public EventBuilder Described(string? description)
    {
        DescriptionValue = description;
        return this;
    }

    /// <summary>Sets the BCP 47 language tag; "pl" by default.</summary>
    /// <param name="language">The tag, such as "pl" or "en".</param>
    /// <returns>This builder.</returns>
    public EventBuilder InLanguage(string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        LanguageValue = language;
        return this;
    }

    /// <summary>Sets the event's web page.</summary>
    /// <param name="url">The absolute URL.</param>
    /// <returns>This builder.</returns>
    public EventBuilder WithUrl(Uri? url)
    {
        UrlValue = Preconditions.CheckOptionalAbsoluteUri(url, nameof(url));
        return this;
    }

    /// <summary>Adds tags.</summary>
    /// <param name="tags">The tags.</param>
    /// <returns>This builder.</returns>
    public EventBuilder Tagged(params string[] tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        foreach (var tag in tags)
        {
            ArgumentNullException.ThrowIfNull(tag, nameof(tags));
            AddOnce(TagsValue, tag);
        }

        return this;
    }

    /// <summary>Adds the audiences the event is meant for; an audience already named is not added again.</summary>
    /// <param name="audiences">The audiences.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An audience is not a defined <see cref="Audience"/> value.</exception>
    public EventBuilder ForAudiences(params Audience[] audiences)
    {
        ArgumentNullException.ThrowIfNull(audiences);
        foreach (var audience in audiences)
        {
            Preconditions.CheckArgumentRange(Enum.IsDefined(audience), nameof(audiences), audience, EnumTokens.NotDefined(audience));
            AddOnce(AudiencesValue, audience);
        }

        return this;
    }

    /// <summary>Records the listing that announced the event.</summary>
    /// <param name="listing">The listing.</param>
    /// <returns>This builder.</returns>
    public EventBuilder ListedAs(Listing? listing)
    {
        ListingValue = listing;
        return this;
    }

    /// <summary>Sets registration details.</summary>
    /// <param name="registration">The registration.</param>
    /// <returns>This builder.</returns>
    public EventBuilder WithRegistration(Registration? registration)
    {
        RegistrationValue = registration;
        return this;
    }

    /// <summary>Sets the revision.</summary>
    /// <param name="revision">The revision, not negative.</param>
    /// <returns>This builder.</returns>
    public EventBuilder AtRevision(int revision)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(revision);
        RevisionValue = revision;
        return this;
    }

    /// <summary>Sets when the event was last changed.</summary>
    /// <param name="lastModified">The instant, or null.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The instant is outside <see cref="EventLimits"/>.</exception>
    public EventBuilder LastModifiedAt(Instant? lastModified)
    {
        LastModifiedValue = lastModified is { } instant ? EventLimits.CheckInstant(instant, nameof(lastModified)) : null;
        return this;
    }

    /// <summary>Adds a person to the document, when no person with that id is there yet.</summary>
    /// <param name="person">The person.</param>
    /// <returns>This builder.</returns>
    public EventBuilder AddPerson(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        if (!PeopleValue.Exists(p => p.Id == person.Id))
        {
            PeopleValue.Add(person);
        }

        return this;
    }

    /// <summary>Adds an organisation to the document, when none with that id is there yet.</summary>
    /// <param name="organization">The organisation.</param>
    /// <returns>This builder.</returns>
    public EventBuilder AddOrganization(Organization organization)
    {
        ArgumentNullException.ThrowIfNull(organization);
        if (!OrganizationsValue.Exists(o => o.Id == organization.Id))
        {
            OrganizationsValue.Add(organization);
        }

        return this;
    }

    /// <summary>Adds a library to the document, when none with that id is there yet.</summary>
    /// <param name="library">The library.</param>
    /// <returns>This builder.</returns>
    public EventBuilder AddLibrary(Library library)
    {
        ArgumentNullException.ThrowIfNull(library);
        if (!LibrariesValue.Exists(l => l.Id == library.Id))
        {
            LibrariesValue.Add(library);
        }

        return this;
    }

    /// <summary>Adds a programme to the document and makes the event part of it.</summary>
    /// <param name="programme">The programme.</param>
    /// <returns>This builder.</returns>
    public EventBuilder PartOf(Programme programme)
    {
        ArgumentNullException.ThrowIfNull(programme);
        if (!ProgrammesValue.Exists(p => p.Id == programme.Id))
        {
            ProgrammesValue.Add(programme);
        }

        ProgrammeIdValue = programme.Id;
        return this;
    }

    /// <summary>Adds a programme to the document without making the event part of it.</summary>
    /// <param name="programme">The programme.</param>
    /// <returns>This builder.</returns>
    public EventBuilder AddProgramme(Programme programme)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ProgrammesValue.Add(programme);
        return this;
    }

    /// <summary>Adds a local partnership.</summary>
    /// <param name="partnership">The partnership.</param>
    /// <returns>This builder.</returns>
    public EventBuilder AddPartnership(LocalPartnership partnership)
    {
        ArgumentNullException.ThrowIfNull(partnership);
        PartnershipsValue.Add(partnership);
        return this;
    }

    /// <summary>Adds a contest whose results the event presents.</summary>
    /// <param name="contest">The contest.</param>
    /// <returns>This builder.</returns>
    public EventBuilder AddContest(Contest contest)
    {
        ArgumentNullException.ThrowIfNull(contest);
        ContestsValue.Add(contest);
        return this;
    }

    /// <summary>Adds an agenda item.</summary>
    /// <param name="item">The item.</param>
    /// <returns>This builder.</returns>
    public EventBuilder AddItem(AgendaItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        AgendaValue.Add(item);
        return this;
    }

    /// <summary>Adds an agenda item on the day added last, from local start and end times.</summary>
    /// <param name="id">The item's id.</param>
    /// <param name="kind">What happens.</param>
    /// <param name="title">The title.</param>
    /// <param name="start">The start time on that day.</param>
    /// <param name="end">The end time on that day.</param>
    /// <param name="configure">Sets the item's other values; optional.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="InvalidOperationException">No day has been added yet.</exception>
    public EventBuilder AddItem(string id, AgendaItemKind kind, string title, LocalTime start, LocalTime end, Action<AgendaItemBuilder>? configure = null)
    {
        if (_days is not { Count: > 0 })
        {
            throw new InvalidOperationException("Add a day with On(...) before adding agenda items by time of day.");
        }

        var date = DaysValue[^1].Date;
        return AddItem(id, kind, title, date.At(start), end > start ? date.At(end) : date.PlusDays(1).At(end), configure);
    }

    /// <summary>Adds an agenda item from local start and end date-times.</summary>
    /// <param name="id">The item's id.</param>
    /// <param name="kind">What happens.</param>
    /// <param name="title">The title.</param>
    /// <param name="start">The start.</param>
    /// <param name="end">The end.</param>
    /// <param name="configure">Sets the item's other values; optional.</param>
    /// <returns>This builder.</returns>
    public EventBuilder AddItem(string id, AgendaItemKind kind, string title, EventTime start, EventTime end, Action<AgendaItemBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (!AgendaItemId.TryParse(id, out var itemId))
        {
            throw new ArgumentException($"'{id}' is not a valid agenda item id: use {IdText.Characters}.", nameof(id));
        }

        var item = new AgendaItemBuilder(itemId, kind, title, start, end);
        configure?.Invoke(item);
        foreach (var person in item.PeopleToAdd)
        {
            AddPerson(person);
        }

        return AddItem(item.Build());
    }

    /// <summary>Marks a value as assumed rather than known.</summary>
    /// <param name="path">The document path of the value, such as <c>days[0].start</c>.</param>
    /// <param name="note">What was assumed and why.</param>
    /// <returns>This builder.</returns>
    public EventBuilder Assuming(string path, string note)
    {
        AssumptionsValue.Add(new Assumption(path, note));
        return this;
    }

    /// <summary>Makes the event.</summary>
    /// <returns>The event.</returns>
    /// <exception cref="ArgumentException">An invariant of the event does not hold; the parameter name says which.</exception>
    public Event Build() => new(this);

    private static List<T>? CopyOrNull<T>(IReadOnlyList<T> values) => values.Count == 0 ? null : [.. values];

    private static void AddOnce<T>(List<T> list, T value)
    {
        if (!list.Contains(value))
        {
            list.Add(value);
        }
    }
}
