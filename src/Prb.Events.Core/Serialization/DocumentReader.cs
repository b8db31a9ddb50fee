using System.Globalization;
using Prb.Events.Internal;

namespace Prb.Events;

/// <summary>Turns the document shapes into the model, naming the JSON path of any value the model refuses.</summary>
internal static partial class DocumentReader
{
    internal static Event ToModel(Dto.Document d)
    {
        if (!EventDocumentFormat.IsSupportedVersion(d.FormatVersion))
        {
            throw new EventDocumentException("$.formatVersion",
                $"Format version '{d.FormatVersion}' is not supported; this reader understands {EventDocumentFormat.CurrentVersion} and other 1.x versions.");
        }

        var id = Id(d.Id, "$.id", v => new EventId(v));
        var builder = Event.CreateBuilder(id, d.Title);
        if (d.Slug is not null)
        {
            builder.WithSlug(Make("$.slug", () => new Slug(d.Slug), valueIsPath: true));
        }

        builder.EditionValue = d.Edition;
        builder.KindValue = d.Kind;
        builder.StatusValue = d.Status;
        builder.RescheduledFromValue = d.RescheduledFrom;
        builder.TimeZoneIdValue = d.TimeZone;
        builder.DaysValue.AddRange(Each(d.Days, "$.days", (day, path) => new EventDay(day.Start, day.End)));
        builder.SeriesValue = FormatVersions.Since11(d, "$.series", d.Series) is { } series ? Series(series, "$.series") : null;
        builder.VenueValue = d.Venue is null ? null : Venue(d.Venue, "$.venue");
        builder.OrganizerIdsValue.AddRange(Ids(d.OrganizerIds, "$.organizerIds", v => new OrganizationId(v)));
        builder.PartnersValue.AddRange(Each(d.Partners, "$.partners", (p, path) => Make(path, () =>
            new EventPartner(Id(p.OrganizationId, path + ".organizationId", v => new OrganizationId(v)), p.Role, p.Description))));
        builder.ContactsValue.AddRange(Each(d.Contacts, "$.contacts", (c, path) => Make(path, () =>
            new Contact(Id(c.PersonId, path + ".personId", v => new PersonId(v)), c.Role, c.RoleTitle, c.Phone, c.Email))));
        builder.DescriptionValue = d.Description;
        builder.LanguageValue = d.Language;
        builder.UrlValue = d.Url is null ? null : Make("$.url", () => Preconditions.CheckAbsoluteUri(d.Url, "url"), valueIsPath: true);
        builder.TagsValue.AddRange(d.Tags ?? []);
        builder.AudiencesValue.AddRange(FormatVersions.Since11(d, "$.audiences", d.Audiences) ?? []);
        builder.ListingValue = d.Listing is null ? null : Make("$.listing", () => new Listing(d.Listing.DateAdded, d.Listing.SubmittedBy,
            d.Listing.Featured, OptionalId(d.Listing.PublisherId, "$.listing.publisherId", v => new OrganizationId(v)), d.Listing.Url));
        builder.RegistrationValue = d.Registration is null ? null : Make("$.registration", () => new Registration(
            d.Registration.Deadline,
            d.Registration.Capacity,
            Each(d.Registration.Fees, "$.registration.fees", (f, path) => Make(path, () => new FeeTier(f.Name, f.Amount, f.Currency, f.Until))),
            d.Registration.Url));
        builder.RevisionValue = d.Revision;
        builder.LastModifiedValue = d.LastModified;
        builder.ProgrammeIdValue = OptionalId(d.ProgrammeId, "$.programmeId", v => new ProgrammeId(v));
        builder.AgendaValue.AddRange(Each(d.Agenda, "$.agenda", AgendaItem));
        builder.PeopleValue.AddRange(Each(d.People, "$.people", (p, path) => Make(path, () => new Person(
            Id(p.Id, path + ".id", v => new PersonId(v)), p.Name, p.Honorific, p.JobTitle,
            OptionalId(p.AffiliationId, path + ".affiliationId", v => new OrganizationId(v)), p.Affiliation))));
        builder.OrganizationsValue.AddRange(Each(d.Organizations, "$.organizations", (o, path) => Make(path, () => new Organization(
            Id(o.Id, path + ".id", v => new OrganizationId(v)), o.Name, o.Kind, o.ShortName, o.Url,
            o.Address is null ? null : Address(o.Address, path + ".address")))));
        builder.LibrariesValue.AddRange(Each(d.Libraries, "$.libraries", Library));
        builder.ProgrammesValue.AddRange(Each(d.Programmes, "$.programmes", Programme));
        builder.PartnershipsValue.AddRange(Each(d.Partnerships, "$.partnerships", Partnership));
        builder.ContestsValue.AddRange(Each(d.Contests, "$.contests", Contest));
        builder.AssumptionsValue.AddRange(Each(d.Assumptions, "$.assumptions", (a, path) => Make(path, () => new Assumption(a.Path, a.Note))));
        return Make("$", builder.Build);
    }

    private static AgendaItem AgendaItem(Dto.AgendaItem a, string path) => Make(path, () => new AgendaItem(
        Id(a.Id, path + ".id", v => new AgendaItemId(v)), a.Kind, a.Title, a.Start, a.End, a.Description, a.Room, a.Track,
        Ids(a.SpeakerIds, path + ".speakerIds", v => new PersonId(v)), a.Status, a.Revision));

    private static PostalAddress Address(Dto.Address a, string path) =>
        Make(path, () => new PostalAddress(a.Street, a.PostalCode, a.Locality, a.Region, a.CountryCode));

    private static Venue Venue(Dto.Venue v, string path) => Make(path, () => new Venue(
        v.Name,
        v.Address is null ? null : Address(v.Address, path + ".address"),
        v.Geo is null ? null : Make(path + ".geo", () => new GeoCoordinate(v.Geo.Latitude, v.Geo.Longitude)),
        v.OnlineUrl));

    private static Municipality Municipality(Dto.Municipality m, string path) =>
        Make(path, () => new Municipality(m.Name, m.Type, m.Voivodeship));

    private static Library Library(Dto.Library l, string path) => Make(path, () => new Library(
        Id(l.Id, path + ".id", v => new OrganizationId(v)),
        l.OfficialName,
        l.Kind,
        Municipality(l.Municipality, path + ".municipality"),
        l.ShortName,
        l.Patron,
        OptionalId(l.ParentId, path + ".parentId", v => new OrganizationId(v)),
        l.Address is null ? null : Address(l.Address, path + ".address"),
        l.Url,
        OptionalId(l.DirectorId, path + ".directorId", v => new PersonId(v))));

    private static Programme Programme(Dto.Programme p, string path) => Make(path, () => new Programme(
        Id(p.Id, path + ".id", v => new ProgrammeId(v)),
        p.Name,
        Id(p.OperatorId, path + ".operatorId", v => new OrganizationId(v)),
        p.ShortName,
        p.Goals,
        Each(p.Regions, path + ".regions", (r, rp) => Make(rp, () => new ProgrammeRegion(
            r.Voivodeship, r.LibraryCount, r.CountIsApproximate, r.CountIncludesBranches,
            Ids(r.LibraryIds, rp + ".libraryIds", v => new OrganizationId(v))))),
        p.Url));

    private static LocalPartnership Partnership(Dto.Partnership p, string path) => Make(path, () => new LocalPartnership(
        Id(p.Id, path + ".id", v => new PartnershipId(v)),
        p.Name,
        Id(p.LibraryId, path + ".libraryId", v => new OrganizationId(v)),
        Municipality(p.Municipality, path + ".municipality"),
        Each(p.Members, path + ".members", (m, mp) => Make(mp, () => new PartnershipMember(
            m.Name, m.Sector,
            OptionalId(m.PersonId, mp + ".personId", v => new PersonId(v)),
            OptionalId(m.OrganizationId, mp + ".organizationId", v => new OrganizationId(v)),
            m.Contribution)))));

    private static Contest Contest(Dto.Contest c, string path) => Make(path, () => new Contest(
        Id(c.Id, path + ".id", v => new ContestId(v)),
        c.Name,
        Id(c.OrganizerId, path + ".organizerId", v => new OrganizationId(v)),
        c.Edition,
        OptionalId(c.ProgrammeId, path + ".programmeId", v => new ProgrammeId(v)),
        Each(c.Entries, path + ".entries", (e, ep) => Make(ep, () => new ContestEntry(
            Id(e.Id, ep + ".id", v => new ContestEntryId(v)),
            Id(e.LibraryId, ep + ".libraryId", v => new OrganizationId(v)),
            e.ProjectTitle,
            OptionalId(e.PartnershipId, ep + ".partnershipId", v => new PartnershipId(v)),
            e.Result is null ? null : Make(ep + ".result", () => new ContestResult(e.Result.Place, e.Result.Distinction, e.Result.Prize)),
            OptionalId(e.ReceivedById, ep + ".receivedById", v => new PersonId(v)),
            e.Description))),
        c.Presentation is null ? null : Make(path + ".presentation", () => new AwardPresentation(
            Id(c.Presentation.AgendaItemId, path + ".presentation.agendaItemId", v => new AgendaItemId(v)),
            Ids(c.Presentation.PresenterIds, path + ".presentation.presenterIds", v => new PersonId(v)))),
        c.Description));

    private static List<T> Each<TDto, T>(List<TDto>? items, string path, Func<TDto, string, T> map)
    {
        if (items is null)
        {
            return [];
        }

        var result = new List<T>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            var itemPath = string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]");
            if (items[i] is null)
            {
                throw new EventDocumentException(itemPath, "The value must not be null.");
            }

            result.Add(map(items[i], itemPath));
        }

        return result;
    }

    private static List<T> Ids<T>(List<string>? values, string path, Func<string, T> make) =>
        Each(values, path, (v, p) => Id(v, p, make));

    private static T Id<T>(string value, string path, Func<string, T> make) => Make(path, () => make(value), valueIsPath: true);

    private static T? OptionalId<T>(string? value, string path, Func<string, T> make)
        where T : struct =>
        value is null ? null : Id(value, path, make);

    /// <summary>Runs a model constructor; an argument it refuses becomes an <see cref="EventDocumentException"/> at the argument's path.</summary>
    private static T Make<T>(string path, Func<T> make, bool valueIsPath = false)
    {
        try
        {
            return make();
        }
        catch (ArgumentException e)
        {
            var target = valueIsPath || e.ParamName is null or "value" ? path : $"{path}.{e.ParamName}";
            throw new EventDocumentException(target, FirstLine(e), innerException: e);
        }
    }

    private static string FirstLine(ArgumentException e)
    {
        var message = e.Message;
        var suffix = e.ParamName is null ? null : $" (Parameter '{e.ParamName}')";
        if (suffix is not null)
        {
            var at = message.IndexOf(suffix, StringComparison.Ordinal);
            if (at >= 0)
            {
                message = message[..at];
            }
        }

        var newline = message.IndexOfAny(['\r', '\n']);
        return newline >= 0 ? message[..newline] : message;
    }
}
