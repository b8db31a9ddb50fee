namespace Prb.Events.Validation.Rules;

/// <summary><see cref="DiagnosticCodes.UnknownReference"/>: every id the event refers to (organisers, partners, contacts,
/// speakers, affiliations, parent libraries, directors, the publisher, programmes and their libraries, partnerships and
/// their members, contests, their entries and award presentations) is defined in the document.</summary>
internal sealed class ReferenceRule : IEventRule
{
    /// <inheritdoc />
    public void Check(ValidationContext context, List<Diagnostic> diagnostics)
    {
        var @event = context.Event;
        var known = new Definitions(@event, diagnostics);
        for (var i = 0; i < @event.OrganizerIds.Count; i++)
        {
            known.Party(@event.OrganizerIds[i], $"organizerIds[{i}]");
        }

        for (var i = 0; i < @event.Partners.Count; i++)
        {
            known.Party(@event.Partners[i].OrganizationId, $"partners[{i}].organizationId");
        }

        for (var i = 0; i < @event.Contacts.Count; i++)
        {
            known.Person(@event.Contacts[i].PersonId, $"contacts[{i}].personId");
        }

        CheckSpeakers(@event, known);
        for (var i = 0; i < @event.People.Count; i++)
        {
            known.Party(@event.People[i].AffiliationId, $"people[{i}].affiliationId");
        }

        for (var i = 0; i < @event.Libraries.Count; i++)
        {
            known.Library(@event.Libraries[i].ParentId, $"libraries[{i}].parentId");
            known.Person(@event.Libraries[i].DirectorId, $"libraries[{i}].directorId");
        }

        if (@event.Listing is { } listing)
        {
            known.Party(listing.PublisherId, "listing.publisherId");
        }

        known.Programme(@event.ProgrammeId, "programmeId");
        CheckProgrammes(@event, known);
        CheckPartnerships(@event, known);
        CheckContests(@event, known);
    }

    private static void CheckSpeakers(Event @event, Definitions known)
    {
        for (var i = 0; i < @event.Agenda.Count; i++)
        {
            var speakers = @event.Agenda[i].Speakers;
            for (var s = 0; s < speakers.Count; s++)
            {
                // The path is formatted only for an unknown speaker.
                if (!known.HasPerson(speakers[s]))
                {
                    known.Person(speakers[s], $"agenda[{i}].speakerIds[{s}]");
                }
            }
        }
    }

    private static void CheckProgrammes(Event @event, Definitions known)
    {
        for (var i = 0; i < @event.Programmes.Count; i++)
        {
            var programme = @event.Programmes[i];
            known.Party(programme.OperatorId, $"programmes[{i}].operatorId");
            for (var r = 0; r < programme.Regions.Count; r++)
            {
                for (var l = 0; l < programme.Regions[r].LibraryIds.Count; l++)
                {
                    known.Library(programme.Regions[r].LibraryIds[l], $"programmes[{i}].regions[{r}].libraryIds[{l}]");
                }
            }
        }
    }

    private static void CheckPartnerships(Event @event, Definitions known)
    {
        for (var i = 0; i < @event.Partnerships.Count; i++)
        {
            var partnership = @event.Partnerships[i];
            known.Library(partnership.LibraryId, $"partnerships[{i}].libraryId");
            for (var m = 0; m < partnership.Members.Count; m++)
            {
                known.Person(partnership.Members[m].PersonId, $"partnerships[{i}].members[{m}].personId");
                known.Party(partnership.Members[m].OrganizationId, $"partnerships[{i}].members[{m}].organizationId");
            }
        }
    }

    private static void CheckContests(Event @event, Definitions known)
    {
        for (var i = 0; i < @event.Contests.Count; i++)
        {
            var contest = @event.Contests[i];
            known.Party(contest.OrganizerId, $"contests[{i}].organizerId");
            known.Programme(contest.ProgrammeId, $"contests[{i}].programmeId");
            for (var e = 0; e < contest.Entries.Count; e++)
            {
                var entry = contest.Entries[e];
                known.Library(entry.LibraryId, $"contests[{i}].entries[{e}].libraryId");
                known.Person(entry.ReceivedById, $"contests[{i}].entries[{e}].receivedById");
                known.Partnership(entry.PartnershipId, $"contests[{i}].entries[{e}].partnershipId");
            }

            if (contest.Presentation is { } presentation)
            {
                known.AgendaItem(presentation.AgendaItemId, $"contests[{i}].presentation.agendaItemId");
                for (var p = 0; p < presentation.PresenterIds.Count; p++)
                {
                    known.Person(presentation.PresenterIds[p], $"contests[{i}].presentation.presenterIds[{p}]");
                }
            }
        }
    }

    /// <summary>The ids the document defines, each kind in a set, and the report of a reference to an id it does not.</summary>
    private sealed class Definitions
    {
        private readonly Event _event;
        private readonly List<Diagnostic> _diagnostics;

        // People by the text of their ids: ids are equal exactly when their texts are, and a set of strings hashes
        // faster, which counts when every agenda item names its speakers.
        private readonly HashSet<string> _people;
        private readonly HashSet<OrganizationId> _libraries;
        private readonly HashSet<OrganizationId> _parties;
        private readonly HashSet<ProgrammeId> _programmes;
        private readonly HashSet<PartnershipId> _partnerships;
        private HashSet<AgendaItemId>? _items; // built only when a contest refers to an agenda item

        internal Definitions(Event @event, List<Diagnostic> diagnostics)
        {
            _event = @event;
            _diagnostics = diagnostics;
            _people = @event.People.Select(p => p.Id.Value).ToHashSet(StringComparer.Ordinal);
            _libraries = @event.Libraries.Select(l => l.Id).ToHashSet();
            _parties = _libraries.Concat(@event.Organizations.Select(o => o.Id)).ToHashSet();
            _programmes = @event.Programmes.Select(p => p.Id).ToHashSet();
            _partnerships = @event.Partnerships.Select(p => p.Id).ToHashSet();
        }

        internal bool HasPerson(PersonId id) => _people.Contains(id.Value);

        internal void Person(PersonId? id, string path)
        {
            if (id is { } value && !_people.Contains(value.Value))
            {
                Unknown(path, $"No person with id '{value}' is in the document's people.");
            }
        }

        internal void Party(OrganizationId? id, string path)
        {
            if (id is { } value && !_parties.Contains(value))
            {
                Unknown(path, $"No library or organisation with id '{value}' is in the document.");
            }
        }

        internal void Library(OrganizationId? id, string path)
        {
            if (id is { } value && !_libraries.Contains(value))
            {
                Unknown(path, $"No library with id '{value}' is in the document's libraries.");
            }
        }

        internal void Programme(ProgrammeId? id, string path)
        {
            if (id is { } value && !_programmes.Contains(value))
            {
                Unknown(path, $"No programme with id '{value}' is in the document's programmes.");
            }
        }

        internal void Partnership(PartnershipId? id, string path)
        {
            if (id is { } value && !_partnerships.Contains(value))
            {
                Unknown(path, $"No partnership with id '{value}' is in the document's partnerships.");
            }
        }

        internal void AgendaItem(AgendaItemId id, string path)
        {
            _items ??= _event.Agenda.Select(a => a.Id).ToHashSet();
            if (!_items.Contains(id))
            {
                Unknown(path, $"No agenda item with id '{id}' is in the agenda.");
            }
        }

        private void Unknown(string path, string message) => _diagnostics.Add(Diagnostic.Error(DiagnosticCodes.UnknownReference, path, message));
    }
}
