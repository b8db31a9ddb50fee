using System.Globalization;
using NodaTime;
using Prb.Events.Agenda;
using Prb.Events.Internal;
using Prb.Events.Scheduling;

namespace Prb.Events.Validation;

/// <summary>
/// Finds every problem in an event at once and reports each as a <see cref="Diagnostic"/> with a code, a severity,
/// the document path of the value and a message.
/// </summary>
/// <remarks>
/// <para>Checks: blank titles and names; ends not after starts; items outside the event's days; two items in one room
/// at once; a speaker in two places at once; e-mail addresses and phone numbers; the zone id; skipped and ambiguous
/// local times (under the scheduler's policy); references to ids the document does not define; duplicate ids; the
/// language tag; URL schemes. <see cref="ValidateUpdate"/> adds the checks between two revisions.</para>
/// <para>Overlaps are found by sorting and one sweep, in O(n log n) for n agenda items. An instance is immutable and
/// safe to share between threads.</para>
/// </remarks>
public sealed class EventValidator
{
    /// <summary>Initializes a validator that resolves times with the given scheduler.</summary>
    /// <param name="scheduler">The scheduler; <see cref="EventScheduler.Default"/> when null.</param>
    public EventValidator(EventScheduler? scheduler = null) => Scheduler = scheduler ?? EventScheduler.Default;

    /// <summary>Gets a validator over the tz database with the strict policy.</summary>
    public static EventValidator Default { get; } = new();

    /// <summary>Gets the scheduler that resolves times.</summary>
    public EventScheduler Scheduler { get; }

    /// <summary>Validates an event.</summary>
    /// <param name="event">The event.</param>
    /// <returns>Every diagnostic found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="event"/> is null.</exception>
    public ValidationResult Validate(Event @event)
    {
        ArgumentNullException.ThrowIfNull(@event, nameof(@event));
        var diagnostics = new List<Diagnostic>();
        var schedule = Scheduler.Schedule(@event);
        CheckText(@event, diagnostics);
        CheckDays(@event, diagnostics);
        diagnostics.AddRange(schedule.Diagnostics);
        CheckAgendaTimes(@event, diagnostics);
        CheckOverlaps(schedule, diagnostics);
        CheckContacts(@event, diagnostics);
        CheckIds(@event, diagnostics);
        CheckReferences(@event, diagnostics);
        CheckUrls(@event, diagnostics);
        CheckRegistration(@event, diagnostics);
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
        if (previous.Id != next.Id)
        {
            diagnostics.Add(Error(DiagnosticCodes.DifferentEvent, "id", $"The update has id '{next.Id}', but replaces event '{previous.Id}'."));
        }

        if (next.Revision < previous.Revision)
        {
            diagnostics.Add(Error(DiagnosticCodes.RevisionWentBack, "revision",
                Invariant($"The revision went back from {previous.Revision} to {next.Revision}; a revision only goes up.")));
        }
        else if (next.Revision == previous.Revision && (next.Start != previous.Start || next.End != previous.End || next.Status != previous.Status))
        {
            diagnostics.Add(Error(DiagnosticCodes.ChangedWithoutNewRevision, "revision",
                Invariant($"The event's times or status changed but its revision stayed at {next.Revision}; raise it so subscribers see the change.")));
        }

        var before = new Dictionary<AgendaItemId, AgendaItem>();
        foreach (var item in previous.Agenda)
        {
            before.TryAdd(item.Id, item);
        }

        for (var i = 0; i < next.Agenda.Count; i++)
        {
            var item = next.Agenda[i];
            if (!before.TryGetValue(item.Id, out var old))
            {
                continue;
            }

            if (item.Revision < old.Revision)
            {
                diagnostics.Add(Error(DiagnosticCodes.RevisionWentBack, $"agenda[{i}].revision",
                    Invariant($"The revision of agenda item '{item.Id}' went back from {old.Revision} to {item.Revision}.")));
            }
            else if (item.Revision == old.Revision && (item.Start != old.Start || item.End != old.End || item.Status != old.Status))
            {
                diagnostics.Add(Error(DiagnosticCodes.ChangedWithoutNewRevision, $"agenda[{i}].revision",
                    Invariant($"Agenda item '{item.Id}' changed its times or status but its revision stayed at {item.Revision}.")));
            }
        }

        return new ValidationResult(diagnostics);
    }

    private static void CheckText(Event @event, List<Diagnostic> diagnostics)
    {
        RequireText(@event.Title, "title", "The event's title", diagnostics);
        for (var i = 0; i < @event.Agenda.Count; i++)
        {
            RequireText(@event.Agenda[i].Title, $"agenda[{i}].title", $"The title of agenda item '{@event.Agenda[i].Id}'", diagnostics);
        }

        for (var i = 0; i < @event.People.Count; i++)
        {
            RequireText(@event.People[i].Name, $"people[{i}].name", $"The name of person '{@event.People[i].Id}'", diagnostics);
        }

        for (var i = 0; i < @event.Organizations.Count; i++)
        {
            RequireText(@event.Organizations[i].Name, $"organizations[{i}].name", $"The name of organisation '{@event.Organizations[i].Id}'", diagnostics);
        }

        for (var i = 0; i < @event.Libraries.Count; i++)
        {
            RequireText(@event.Libraries[i].OfficialName, $"libraries[{i}].officialName", $"The name of library '{@event.Libraries[i].Id}'", diagnostics);
        }

        if (@event.Venue is { } venue)
        {
            RequireText(venue.Name, "venue.name", "The venue's name", diagnostics);
        }

        if (!IsLanguageTag(@event.Language))
        {
            diagnostics.Add(Error(DiagnosticCodes.InvalidLanguageTag, "language", $"'{@event.Language}' is not a BCP 47 language tag such as pl or en-GB."));
        }
    }

    private static void CheckDays(Event @event, List<Diagnostic> diagnostics)
    {
        for (var i = 0; i < @event.Days.Count; i++)
        {
            var day = @event.Days[i];
            if (day.End.CompareTo(day.Start) <= 0)
            {
                diagnostics.Add(Error(DiagnosticCodes.EndNotAfterStart, $"days[{i}].end", $"Day {i + 1} ends at {day.End}, not after its start at {day.Start}."));
            }

            if (i > 0 && day.Start.CompareTo(@event.Days[i - 1].End) < 0)
            {
                diagnostics.Add(Error(DiagnosticCodes.DaysOutOfOrder, $"days[{i}].start",
                    $"Day {i + 1} starts at {day.Start}, before day {i} ends at {@event.Days[i - 1].End}; list the days in order without overlap.",
                    $"days[{i - 1}].end"));
            }
        }
    }

    private static void CheckAgendaTimes(Event @event, List<Diagnostic> diagnostics)
    {
        var days = @event.Days;
        for (var i = 0; i < @event.Agenda.Count; i++)
        {
            var item = @event.Agenda[i];
            if (item.End.CompareTo(item.Start) <= 0)
            {
                diagnostics.Add(Error(DiagnosticCodes.EndNotAfterStart, $"agenda[{i}].end",
                    $"Agenda item '{item.Title}' ends at {item.End}, not after its start at {item.Start}."));
                continue;
            }

            if (FindDay(days, item.Start) is not { } day || !day.Contains(item.Start, item.End))
            {
                diagnostics.Add(Error(DiagnosticCodes.OutsideEventDays, $"agenda[{i}]",
                    $"Agenda item '{item.Title}' ({item.Start} to {item.End}) is not within any day of the event."));
            }
        }
    }

    /// <summary>Binary search for the last day that starts no later than <paramref name="time"/> (days in order).</summary>
    private static EventDay? FindDay(IReadOnlyList<EventDay> days, EventTime time)
    {
        int lo = 0, hi = days.Count - 1;
        EventDay? found = null;
        while (lo <= hi)
        {
            var mid = lo + ((hi - lo) / 2);
            if (days[mid].Start.CompareTo(time) <= 0)
            {
                found = days[mid];
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found;
    }

    private static void CheckOverlaps(EventSchedule schedule, List<Diagnostic> diagnostics)
    {
        var busy = new List<Occupancy>(schedule.Items.Count);
        var speakerBusy = new List<Occupancy>();
        foreach (var scheduled in schedule.Items)
        {
            var item = scheduled.Item;
            var start = scheduled.Start.ToInstant();
            var end = scheduled.End.ToInstant();
            if (item.Status == AgendaItemStatus.Cancelled || end <= start)
            {
                continue;
            }

            if (!string.IsNullOrWhiteSpace(item.Room))
            {
                busy.Add(new Occupancy(item.Room.Trim(), start, end, scheduled.Index, -1));
            }

            for (var s = 0; s < item.Speakers.Count; s++)
            {
                speakerBusy.Add(new Occupancy(item.Speakers[s].Value, start, end, scheduled.Index, s));
            }
        }

        var agenda = schedule.Event.Agenda;
        Sweep(busy, StringComparer.OrdinalIgnoreCase, (later, holder) => Error(DiagnosticCodes.RoomOverlap, $"agenda[{later.Index}]",
            $"Agenda item '{agenda[later.Index].Title}' overlaps '{agenda[holder.Index].Title}' in room '{later.Key}'.",
            $"agenda[{holder.Index}]"), diagnostics);
        Sweep(speakerBusy, StringComparer.Ordinal, (later, holder) => Error(DiagnosticCodes.SpeakerDoubleBooked,
            $"agenda[{later.Index}].speakerIds[{later.Position}]",
            $"Speaker '{later.Key}' is in agenda item '{agenda[later.Index].Title}' while still in '{agenda[holder.Index].Title}'.",
            $"agenda[{holder.Index}].speakerIds[{holder.Position}]"), diagnostics);
    }

    /// <summary>
    /// Sorts occupancies by key and start, then sweeps each key once, keeping the occupancy that ends last so far.
    /// An occupancy that starts before that end overlaps it: O(n log n) in all.
    /// </summary>
    private static void Sweep(List<Occupancy> occupancies, StringComparer keys, Func<Occupancy, Occupancy, Diagnostic> report, List<Diagnostic> diagnostics)
    {
        if (occupancies.Count < 2)
        {
            return;
        }

        occupancies.Sort((a, b) =>
        {
            var byKey = keys.Compare(a.Key, b.Key);
            if (byKey != 0)
            {
                return byKey;
            }

            var byStart = a.Start.CompareTo(b.Start);
            return byStart != 0 ? byStart : a.Index.CompareTo(b.Index);
        });

        var found = new List<Diagnostic>();
        var holder = occupancies[0];
        for (var i = 1; i < occupancies.Count; i++)
        {
            var current = occupancies[i];
            if (!keys.Equals(current.Key, holder.Key))
            {
                holder = current;
                continue;
            }

            if (current.Start < holder.End && current.Index != holder.Index)
            {
                found.Add(report(current, holder));
            }

            if (current.End > holder.End)
            {
                holder = current;
            }
        }

        diagnostics.AddRange(found);
    }

    private static void CheckContacts(Event @event, List<Diagnostic> diagnostics)
    {
        for (var i = 0; i < @event.Contacts.Count; i++)
        {
            var contact = @event.Contacts[i];
            if (contact.Email is { } email && !ContactRules.IsValidEmail(email))
            {
                diagnostics.Add(Error(DiagnosticCodes.InvalidEmail, $"contacts[{i}].email", $"'{email}' is not a valid e-mail address."));
            }

            if (contact.Phone is { } phone && !ContactRules.IsValidPhone(phone))
            {
                diagnostics.Add(Error(DiagnosticCodes.InvalidPhone, $"contacts[{i}].phone",
                    $"'{phone}' is not a phone number: use 6 to 15 digits with spaces or hyphens, and an optional leading '+'."));
            }
        }
    }

    private static void CheckIds(Event @event, List<Diagnostic> diagnostics)
    {
        CheckUnique(@event.Agenda, a => a.Id, "agenda", "agenda item", diagnostics);
        CheckUnique(@event.People, p => p.Id, "people", "person", diagnostics);
        CheckUnique(@event.Programmes, p => p.Id, "programmes", "programme", diagnostics);
        CheckUnique(@event.Partnerships, p => p.Id, "partnerships", "partnership", diagnostics);
        CheckUnique(@event.Contests, c => c.Id, "contests", "contest", diagnostics);
        for (var i = 0; i < @event.Contests.Count; i++)
        {
            CheckUnique(@event.Contests[i].Entries, e => e.Id, $"contests[{i}].entries", "contest entry", diagnostics);
        }

        var parties = new Dictionary<OrganizationId, string>();
        for (var i = 0; i < @event.Libraries.Count; i++)
        {
            AddParty(parties, @event.Libraries[i].Id, $"libraries[{i}]", diagnostics);
        }

        for (var i = 0; i < @event.Organizations.Count; i++)
        {
            AddParty(parties, @event.Organizations[i].Id, $"organizations[{i}]", diagnostics);
        }
    }

    private static void AddParty(Dictionary<OrganizationId, string> parties, OrganizationId id, string path, List<Diagnostic> diagnostics)
    {
        if (!parties.TryAdd(id, path))
        {
            diagnostics.Add(Error(DiagnosticCodes.DuplicateId, $"{path}.id",
                $"Id '{id}' is used by both {parties[id]} and {path}; libraries and organisations share one id space.", $"{parties[id]}.id"));
        }
    }

    private static void CheckUnique<T, TId>(IReadOnlyList<T> values, Func<T, TId> id, string path, string what, List<Diagnostic> diagnostics)
        where TId : notnull
    {
        var seen = new Dictionary<TId, int>(values.Count);
        for (var i = 0; i < values.Count; i++)
        {
            var key = id(values[i]);
            if (!seen.TryAdd(key, i))
            {
                diagnostics.Add(Error(DiagnosticCodes.DuplicateId, $"{path}[{i}].id",
                    $"The {what} id '{key}' is already used at {path}[{seen[key]}].", $"{path}[{seen[key]}].id"));
            }
        }
    }

    private static void CheckReferences(Event @event, List<Diagnostic> diagnostics)
    {
        var people = @event.People.Select(p => p.Id).ToHashSet();
        var libraries = @event.Libraries.Select(l => l.Id).ToHashSet();
        var parties = libraries.Concat(@event.Organizations.Select(o => o.Id)).ToHashSet();
        var programmes = @event.Programmes.Select(p => p.Id).ToHashSet();
        var partnerships = @event.Partnerships.Select(p => p.Id).ToHashSet();
        var items = @event.Agenda.Select(a => a.Id).ToHashSet();

        void Person(PersonId? id, string path)
        {
            if (id is { } value && !people.Contains(value))
            {
                diagnostics.Add(Error(DiagnosticCodes.UnknownReference, path, $"No person with id '{value}' is in the document's people."));
            }
        }

        void Party(OrganizationId? id, string path)
        {
            if (id is { } value && !parties.Contains(value))
            {
                diagnostics.Add(Error(DiagnosticCodes.UnknownReference, path, $"No library or organisation with id '{value}' is in the document."));
            }
        }

        void Library(OrganizationId? id, string path)
        {
            if (id is { } value && !libraries.Contains(value))
            {
                diagnostics.Add(Error(DiagnosticCodes.UnknownReference, path, $"No library with id '{value}' is in the document's libraries."));
            }
        }

        for (var i = 0; i < @event.OrganizerIds.Count; i++)
        {
            Party(@event.OrganizerIds[i], $"organizerIds[{i}]");
        }

        for (var i = 0; i < @event.Partners.Count; i++)
        {
            Party(@event.Partners[i].OrganizationId, $"partners[{i}].organizationId");
        }

        for (var i = 0; i < @event.Contacts.Count; i++)
        {
            Person(@event.Contacts[i].PersonId, $"contacts[{i}].personId");
        }

        for (var i = 0; i < @event.Agenda.Count; i++)
        {
            for (var s = 0; s < @event.Agenda[i].Speakers.Count; s++)
            {
                Person(@event.Agenda[i].Speakers[s], $"agenda[{i}].speakerIds[{s}]");
            }
        }

        for (var i = 0; i < @event.People.Count; i++)
        {
            Party(@event.People[i].AffiliationId, $"people[{i}].affiliationId");
        }

        for (var i = 0; i < @event.Libraries.Count; i++)
        {
            Library(@event.Libraries[i].ParentId, $"libraries[{i}].parentId");
            Person(@event.Libraries[i].DirectorId, $"libraries[{i}].directorId");
        }

        if (@event.Listing is { } listing)
        {
            Party(listing.PublisherId, "listing.publisherId");
        }

        if (@event.ProgrammeId is { } programmeId && !programmes.Contains(programmeId))
        {
            diagnostics.Add(Error(DiagnosticCodes.UnknownReference, "programmeId", $"No programme with id '{programmeId}' is in the document's programmes."));
        }

        for (var i = 0; i < @event.Programmes.Count; i++)
        {
            var programme = @event.Programmes[i];
            Party(programme.OperatorId, $"programmes[{i}].operatorId");
            for (var r = 0; r < programme.Regions.Count; r++)
            {
                for (var l = 0; l < programme.Regions[r].LibraryIds.Count; l++)
                {
                    Library(programme.Regions[r].LibraryIds[l], $"programmes[{i}].regions[{r}].libraryIds[{l}]");
                }
            }
        }

        for (var i = 0; i < @event.Partnerships.Count; i++)
        {
            var partnership = @event.Partnerships[i];
            Library(partnership.LibraryId, $"partnerships[{i}].libraryId");
            for (var m = 0; m < partnership.Members.Count; m++)
            {
                Person(partnership.Members[m].PersonId, $"partnerships[{i}].members[{m}].personId");
                Party(partnership.Members[m].OrganizationId, $"partnerships[{i}].members[{m}].organizationId");
            }
        }

        for (var i = 0; i < @event.Contests.Count; i++)
        {
            var contest = @event.Contests[i];
            Party(contest.OrganizerId, $"contests[{i}].organizerId");
            if (contest.ProgrammeId is { } cp && !programmes.Contains(cp))
            {
                diagnostics.Add(Error(DiagnosticCodes.UnknownReference, $"contests[{i}].programmeId", $"No programme with id '{cp}' is in the document's programmes."));
            }

            for (var e = 0; e < contest.Entries.Count; e++)
            {
                var entry = contest.Entries[e];
                Library(entry.LibraryId, $"contests[{i}].entries[{e}].libraryId");
                Person(entry.ReceivedById, $"contests[{i}].entries[{e}].receivedById");
                if (entry.PartnershipId is { } pid && !partnerships.Contains(pid))
                {
                    diagnostics.Add(Error(DiagnosticCodes.UnknownReference, $"contests[{i}].entries[{e}].partnershipId",
                        $"No partnership with id '{pid}' is in the document's partnerships."));
                }
            }

            if (contest.Presentation is { } presentation)
            {
                if (!items.Contains(presentation.AgendaItemId))
                {
                    diagnostics.Add(Error(DiagnosticCodes.UnknownReference, $"contests[{i}].presentation.agendaItemId",
                        $"No agenda item with id '{presentation.AgendaItemId}' is in the agenda."));
                }

                for (var p = 0; p < presentation.PresenterIds.Count; p++)
                {
                    Person(presentation.PresenterIds[p], $"contests[{i}].presentation.presenterIds[{p}]");
                }
            }
        }
    }

    private static void CheckUrls(Event @event, List<Diagnostic> diagnostics)
    {
        void Check(Uri? url, string path)
        {
            if (url is not null && url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp)
            {
                diagnostics.Add(Error(DiagnosticCodes.UnsupportedUrlScheme, path, $"'{url.OriginalString}' is not an http or https URL."));
            }
        }

        Check(@event.Url, "url");
        Check(@event.Venue?.OnlineUrl, "venue.onlineUrl");
        Check(@event.Listing?.Url, "listing.url");
        Check(@event.Registration?.Url, "registration.url");
        for (var i = 0; i < @event.Organizations.Count; i++)
        {
            Check(@event.Organizations[i].Url, $"organizations[{i}].url");
        }

        for (var i = 0; i < @event.Libraries.Count; i++)
        {
            Check(@event.Libraries[i].Url, $"libraries[{i}].url");
        }

        for (var i = 0; i < @event.Programmes.Count; i++)
        {
            Check(@event.Programmes[i].Url, $"programmes[{i}].url");
        }
    }

    private static void CheckRegistration(Event @event, List<Diagnostic> diagnostics)
    {
        if (@event.Registration?.Deadline is { } deadline && deadline.CompareTo(@event.Start) > 0)
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.RegistrationAfterStart, DiagnosticSeverity.Warning, "registration.deadline",
                $"Registration closes at {deadline}, after the event starts at {@event.Start}."));
        }
    }

    private static void RequireText(string text, string path, string what, List<Diagnostic> diagnostics)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            diagnostics.Add(Error(DiagnosticCodes.RequiredTextBlank, path, $"{what} is blank."));
        }
    }

    private static bool IsLanguageTag(string tag)
    {
        var parts = tag.Split('-');
        if (parts[0].Length is < 2 or > 8 || !parts[0].All(char.IsAsciiLetter))
        {
            return false;
        }

        return parts.Skip(1).All(p => p.Length is >= 1 and <= 8 && p.All(char.IsAsciiLetterOrDigit));
    }

    private static Diagnostic Error(string code, string path, string message, string? related = null) =>
        new(code, DiagnosticSeverity.Error, path, message, related);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private readonly record struct Occupancy(string Key, Instant Start, Instant End, int Index, int Position);
}
