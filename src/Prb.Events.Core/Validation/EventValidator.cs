using System.Buffers;
using System.Globalization;
using System.Numerics;
using System.Runtime.InteropServices;
using NodaTime;
using Prb.Events.Internal;

namespace Prb.Events;

/// <summary>
/// Finds every problem in an event at once and reports each as a <see cref="Diagnostic"/> with a code, a severity,
/// the document path of the value and a message.
/// </summary>
/// <remarks>
/// <para>Checks: blank titles and names; ends not after starts; items outside the event's days; two items in one room
/// at once; a speaker in two places at once; e-mail addresses and phone numbers; the zone id; skipped and ambiguous
/// local times (under the scheduler's policy); references to ids the document does not define; duplicate ids; the
/// language tag; URL schemes. <see cref="ValidateUpdate"/> adds the checks between two revisions.</para>
/// <para>Overlaps are found in O(n log n) for n agenda items: the items are put in order of start (one pass when they
/// already are), grouped by room and by speaker with a stable distribution, and each group is swept once. An instance
/// is immutable and safe to share between threads.</para>
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

        // What Scheduler.Schedule reports, and the instants of the items it lists, in its order, without building the
        // schedule's objects, which the checks do not need.
        var scheduleDiagnostics = new List<Diagnostic>();
        var timed = ArrayPool<TimedItem>.Shared.Rent(@event.Agenda.Count);
        try
        {
            var count = 0;
            if (Scheduler.ResolveZoneAndDays(@event, scheduleDiagnostics, out _, out _) is { } zone)
            {
                Scheduler.ResolveAgenda(@event, zone, scheduleDiagnostics,
                    (_, index, start, end) => timed[count++] = new TimedItem(start.ToInstant(), end.ToInstant(), index));
            }

            var items = timed.AsSpan(0, count);
            SortByStart(items);
            CheckText(@event, diagnostics);
            CheckDays(@event, diagnostics);
            diagnostics.AddRange(scheduleDiagnostics);
            CheckAgendaTimes(@event, diagnostics);
            CheckOverlaps(@event, items, diagnostics);
            CheckContacts(@event, diagnostics);
            CheckIds(@event, diagnostics);
            CheckReferences(@event, diagnostics);
            CheckUrls(@event, diagnostics);
            CheckRegistration(@event, diagnostics);
        }
        finally
        {
            ArrayPool<TimedItem>.Shared.Return(timed);
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
        // Paths and messages are formatted only for blank text.
        if (IsBlank(@event.Title))
        {
            diagnostics.Add(Blank("title", "The event's title"));
        }

        for (var i = 0; i < @event.Agenda.Count; i++)
        {
            if (IsBlank(@event.Agenda[i].Title))
            {
                diagnostics.Add(Blank($"agenda[{i}].title", $"The title of agenda item '{@event.Agenda[i].Id}'"));
            }
        }

        for (var i = 0; i < @event.People.Count; i++)
        {
            if (IsBlank(@event.People[i].Name))
            {
                diagnostics.Add(Blank($"people[{i}].name", $"The name of person '{@event.People[i].Id}'"));
            }
        }

        for (var i = 0; i < @event.Organizations.Count; i++)
        {
            if (IsBlank(@event.Organizations[i].Name))
            {
                diagnostics.Add(Blank($"organizations[{i}].name", $"The name of organisation '{@event.Organizations[i].Id}'"));
            }
        }

        for (var i = 0; i < @event.Libraries.Count; i++)
        {
            if (IsBlank(@event.Libraries[i].OfficialName))
            {
                diagnostics.Add(Blank($"libraries[{i}].officialName", $"The name of library '{@event.Libraries[i].Id}'"));
            }
        }

        if (@event.Venue is { } venue && IsBlank(venue.Name))
        {
            diagnostics.Add(Blank("venue.name", "The venue's name"));
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

        // With the days in order, as they should be, the binary search finds the last day that starts no later than
        // the item. The day found for the previous item is that day whenever it starts no later than this item and the
        // next day starts later, which is checked first: an agenda in order of time then rarely needs the search.
        var inOrder = true;
        for (var d = 1; d < days.Count && inOrder; d++)
        {
            inOrder = days[d - 1].Start.CompareTo(days[d].Start) <= 0;
        }

        var previous = -1;
        for (var i = 0; i < @event.Agenda.Count; i++)
        {
            var item = @event.Agenda[i];
            var start = item.Start;
            var end = item.End;
            if (end.CompareTo(start) <= 0)
            {
                diagnostics.Add(Error(DiagnosticCodes.EndNotAfterStart, $"agenda[{i}].end",
                    $"Agenda item '{item.Title}' ends at {item.End}, not after its start at {item.Start}."));
                continue;
            }

            int found;
            if (inOrder && previous >= 0 && days[previous].Start.CompareTo(start) <= 0
                && (previous == days.Count - 1 || days[previous + 1].Start.CompareTo(start) > 0))
            {
                found = previous;
            }
            else
            {
                found = FindDay(days, start);
                previous = found;
            }

            if (found < 0 || !days[found].Contains(start, end))
            {
                diagnostics.Add(Error(DiagnosticCodes.OutsideEventDays, $"agenda[{i}]",
                    $"Agenda item '{item.Title}' ({item.Start} to {item.End}) is not within any day of the event."));
            }
        }
    }

    /// <summary>Binary search for the index of the last day that starts no later than <paramref name="time"/> (days in
    /// order), or -1.</summary>
    private static int FindDay(IReadOnlyList<EventDay> days, EventTime time)
    {
        int lo = 0, hi = days.Count - 1;
        var found = -1;
        while (lo <= hi)
        {
            var mid = lo + ((hi - lo) / 2);
            if (days[mid].Start.CompareTo(time) <= 0)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found;
    }

    /// <summary>Sorts items, given in document order, by start and then by index, as <see cref="EventSchedule.Items"/>
    /// are; an agenda already in order of start, as most are, is left as it is after one pass.</summary>
    private static void SortByStart(Span<TimedItem> items)
    {
        for (var i = 1; i < items.Length; i++)
        {
            if (items[i].Start < items[i - 1].Start)
            {
                items.Sort();
                return;
            }
        }
    }

    /// <summary>Reports rooms and speakers in two places at once.</summary>
    /// <param name="event">The event.</param>
    /// <param name="items">The items whose times resolve, with their instants, in the order of <see cref="EventSchedule.Items"/>.</param>
    /// <param name="diagnostics">Receives the diagnostics.</param>
    private static void CheckOverlaps(Event @event, ReadOnlySpan<TimedItem> items, List<Diagnostic> diagnostics)
    {
        // Scratch space from the pool: the occupancies hold no references, and large arrays allocated anew on every
        // call would cost a full garbage collection every few calls. Items have one room at most; the speakers' array
        // grows as needed.
        var pool = ArrayPool<Occupancy>.Shared;
        var rooms = pool.Rent(items.Length);
        var speakers = pool.Rent(items.Length);
        try
        {
            // The items come by start and then by index, so each key's occupancies are added in that order.
            var roomNumbers = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            var roomTexts = new Dictionary<string, int>(StringComparer.Ordinal);
            var speakerNumbers = new Dictionary<string, int>(StringComparer.Ordinal);
            int roomCount = 0, speakerTotal = 0;
            var speakerListedTwice = false;
            var agenda = @event.Agenda;
            foreach (var (start, end, index) in items)
            {
                var item = agenda[index];
                if (item.Status == AgendaItemStatus.Cancelled || end <= start)
                {
                    continue;
                }

                if (!string.IsNullOrWhiteSpace(item.Room))
                {
                    rooms[roomCount++] = new Occupancy(start, end, index, -1, Number(roomTexts, roomNumbers, item.Room.Trim()));
                }

                var first = speakerTotal;
                var itemSpeakers = item.Speakers;
                if (speakerTotal + itemSpeakers.Count > speakers.Length)
                {
                    var larger = pool.Rent(Math.Max(2 * speakers.Length, speakerTotal + itemSpeakers.Count));
                    speakers.AsSpan(0, speakerTotal).CopyTo(larger);
                    pool.Return(speakers);
                    speakers = larger;
                }

                for (var s = 0; s < itemSpeakers.Count; s++)
                {
                    var number = Number(speakerNumbers, itemSpeakers[s].Value);
                    for (var t = first; t < speakerTotal && !speakerListedTwice; t++)
                    {
                        speakerListedTwice = speakers[t].Group == number;
                    }

                    speakers[speakerTotal++] = new Occupancy(start, end, index, s, number);
                }
            }

            Sweep(rooms.AsSpan(0, roomCount), roomNumbers, StringComparer.OrdinalIgnoreCase, false, (later, holder) => Error(DiagnosticCodes.RoomOverlap, $"agenda[{later.Index}]",
                $"Agenda item '{agenda[later.Index].Title}' overlaps '{agenda[holder.Index].Title}' in room '{agenda[later.Index].Room!.Trim()}'.",
                $"agenda[{holder.Index}]"), diagnostics);
            Sweep(speakers.AsSpan(0, speakerTotal), speakerNumbers, StringComparer.Ordinal, speakerListedTwice, (later, holder) => Error(DiagnosticCodes.SpeakerDoubleBooked,
                $"agenda[{later.Index}].speakerIds[{later.Position}]",
                $"Speaker '{agenda[later.Index].Speakers[later.Position].Value}' is in agenda item '{agenda[later.Index].Title}' while still in '{agenda[holder.Index].Title}'.",
                $"agenda[{holder.Index}].speakerIds[{holder.Position}]"), diagnostics);
        }
        finally
        {
            pool.Return(rooms);
            pool.Return(speakers);
        }
    }

    /// <summary>Returns the number of a key through a first lookup of its exact text, which is cheaper than a lookup that
    /// ignores case and is all that is needed when the same text comes again.</summary>
    private static int Number(Dictionary<string, int> texts, Dictionary<string, int> numbers, string key)
    {
        ref var number = ref CollectionsMarshal.GetValueRefOrAddDefault(texts, key, out var seen);
        if (!seen)
        {
            number = Number(numbers, key);
        }

        return number;
    }

    /// <summary>Returns the number of a key: the count of distinct keys before it was first seen.</summary>
    private static int Number(Dictionary<string, int> numbers, string key)
    {
        ref var number = ref CollectionsMarshal.GetValueRefOrAddDefault(numbers, key, out var seen);
        if (!seen)
        {
            number = numbers.Count - 1;
        }

        return number;
    }

    /// <summary>
    /// Orders occupancies by key, start and index, then sweeps each key once, keeping the occupancy that ends last so
    /// far. An occupancy that starts before that end overlaps it.
    /// </summary>
    /// <remarks>
    /// <para>The occupancies come ordered by start and index, each with the number of its key in
    /// <paramref name="numbers"/>, a dictionary that compares keys as <paramref name="order"/> does. The distinct keys
    /// are ranked in <paramref name="order"/>, and a stable distribution by rank then orders the occupancies by key,
    /// start and index in O(n + k log k) for n occupancies with k distinct keys. The occupancies stay where they are:
    /// only their positions are ordered.</para>
    /// <para>Two occupancies tie on key, start and index only when an item lists the same speaker twice. Then
    /// <paramref name="hasTies"/> is true and the occupancies are sorted by comparison instead, in O(n log n), which
    /// leaves such ties in the order that sorting by the key text left them, and so gives the same diagnostics.</para>
    /// </remarks>
    private static void Sweep(Span<Occupancy> occupancies, Dictionary<string, int> numbers, StringComparer order, bool hasTies, Func<Occupancy, Occupancy, Diagnostic> report, List<Diagnostic> diagnostics)
    {
        if (occupancies.Length < 2)
        {
            return;
        }

        var keys = new string[numbers.Count];
        var numberAt = new int[numbers.Count];
        var k = 0;
        foreach (var (key, number) in numbers)
        {
            keys[k] = key;
            numberAt[k++] = number;
        }

        Array.Sort(keys, numberAt, order);
        var rank = new int[numberAt.Length];
        for (var r = 0; r < numberAt.Length; r++)
        {
            rank[numberAt[r]] = r;
        }

        var sequence = ArrayPool<int>.Shared.Rent(occupancies.Length);
        try
        {
            if (hasTies)
            {
                occupancies.Sort((a, b) =>
                {
                    var byKey = rank[a.Group].CompareTo(rank[b.Group]);
                    if (byKey != 0)
                    {
                        return byKey;
                    }

                    var byStart = a.Start.CompareTo(b.Start);
                    return byStart != 0 ? byStart : a.Index.CompareTo(b.Index);
                });
                for (var i = 0; i < occupancies.Length; i++)
                {
                    sequence[i] = i;
                }
            }
            else
            {
                var next = new int[rank.Length + 1];
                foreach (ref readonly var occupancy in occupancies)
                {
                    next[rank[occupancy.Group] + 1]++;
                }

                for (var r = 1; r < next.Length; r++)
                {
                    next[r] += next[r - 1];
                }

                for (var i = 0; i < occupancies.Length; i++)
                {
                    sequence[next[rank[occupancies[i].Group]]++] = i;
                }
            }

            // Equal numbers mean equal keys.
            var found = new List<Diagnostic>();
            ref readonly var holder = ref occupancies[sequence[0]];
            for (var i = 1; i < occupancies.Length; i++)
            {
                ref readonly var current = ref occupancies[sequence[i]];
                if (current.Group != holder.Group)
                {
                    holder = ref current;
                    continue;
                }

                if (current.Start < holder.End && current.Index != holder.Index)
                {
                    found.Add(report(current, holder));
                }

                if (current.End > holder.End)
                {
                    holder = ref current;
                }
            }

            diagnostics.AddRange(found);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(sequence);
        }
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
        CheckUnique(@event.Agenda, a => a.Id.Value, "agenda", "agenda item", diagnostics);
        CheckUnique(@event.People, p => p.Id.Value, "people", "person", diagnostics);
        CheckUnique(@event.Programmes, p => p.Id.Value, "programmes", "programme", diagnostics);
        CheckUnique(@event.Partnerships, p => p.Id.Value, "partnerships", "partnership", diagnostics);
        CheckUnique(@event.Contests, c => c.Id.Value, "contests", "contest", diagnostics);
        for (var i = 0; i < @event.Contests.Count; i++)
        {
            CheckUnique(@event.Contests[i].Entries, e => e.Id.Value, $"contests[{i}].entries", "contest entry", diagnostics);
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

    /// <summary>Reports every id used before in the list, naming where it was first used.</summary>
    /// <remarks>Ids are compared by their text, ordinally, which is equality of the ids (no id has empty text but the
    /// default one). The positions seen so far are kept in an open-addressing hash table in pooled scratch space: a
    /// dictionary of a large agenda's ids would be a large object allocated on every call, and each such allocation
    /// brings the next full garbage collection closer.</remarks>
    private static void CheckUnique<T>(IReadOnlyList<T> values, Func<T, string> id, string path, string what, List<Diagnostic> diagnostics)
    {
        if (values.Count < 2)
        {
            return;
        }

        // Each slot holds 0 when empty, or the position of a value plus one; the table is at most half full.
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)values.Count * 2);
        var table = ArrayPool<int>.Shared.Rent(size);
        try
        {
            var slots = table.AsSpan(0, size);
            slots.Clear();
            for (var i = 0; i < values.Count; i++)
            {
                var key = id(values[i]);
                var slot = StringComparer.Ordinal.GetHashCode(key) & (size - 1);
                while (slots[slot] != 0 && !string.Equals(id(values[slots[slot] - 1]), key, StringComparison.Ordinal))
                {
                    slot = (slot + 1) & (size - 1);
                }

                if (slots[slot] == 0)
                {
                    slots[slot] = i + 1;
                }
                else
                {
                    var first = slots[slot] - 1;
                    diagnostics.Add(Error(DiagnosticCodes.DuplicateId, $"{path}[{i}].id",
                        $"The {what} id '{key}' is already used at {path}[{first}].", $"{path}[{first}].id"));
                }
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(table);
        }
    }

    private static void CheckReferences(Event @event, List<Diagnostic> diagnostics)
    {
        // People by the text of their ids: ids are equal exactly when their texts are, and a set of strings hashes
        // faster, which counts when every agenda item names its speakers.
        var people = @event.People.Select(p => p.Id.Value).ToHashSet(StringComparer.Ordinal);
        var libraries = @event.Libraries.Select(l => l.Id).ToHashSet();
        var parties = libraries.Concat(@event.Organizations.Select(o => o.Id)).ToHashSet();
        var programmes = @event.Programmes.Select(p => p.Id).ToHashSet();
        var partnerships = @event.Partnerships.Select(p => p.Id).ToHashSet();
        HashSet<AgendaItemId>? items = null; // built only when a contest refers to an agenda item

        void Person(PersonId? id, string path)
        {
            if (id is { } value && !people.Contains(value.Value))
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
            var speakers = @event.Agenda[i].Speakers;
            for (var s = 0; s < speakers.Count; s++)
            {
                // The path is formatted only for an unknown speaker.
                if (!people.Contains(speakers[s].Value))
                {
                    Person(speakers[s], $"agenda[{i}].speakerIds[{s}]");
                }
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
                items ??= @event.Agenda.Select(a => a.Id).ToHashSet();
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
            if (url is not null && !WebAddress.IsHttp(url))
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

    private static bool IsBlank(string text) => string.IsNullOrWhiteSpace(text);

    private static Diagnostic Blank(string path, string what) => Error(DiagnosticCodes.RequiredTextBlank, path, $"{what} is blank.");

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

    /// <summary>An agenda item whose times resolve: its instants and its index in the agenda. Compares by start and then
    /// by index, the order of <see cref="EventSchedule.Items"/>.</summary>
    private readonly record struct TimedItem(Instant Start, Instant End, int Index) : IComparable<TimedItem>
    {
        public int CompareTo(TimedItem other)
        {
            var byStart = Start.CompareTo(other.Start);
            return byStart != 0 ? byStart : Index.CompareTo(other.Index);
        }
    }

    /// <summary>An interval in which a room or a speaker is busy: the agenda item's index, the speaker's position in
    /// it (-1 for the room) and the number that <see cref="Number(Dictionary{string, int}, string)"/> gave the room or
    /// speaker.</summary>
    private readonly record struct Occupancy(Instant Start, Instant End, int Index, int Position, int Group);
}
