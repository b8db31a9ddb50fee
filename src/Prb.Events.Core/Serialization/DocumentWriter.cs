namespace Prb.Events;

/// <summary>Turns the model into the document shapes. Empty lists are left out; the reader reads them back as empty.</summary>
internal static partial class DocumentWriter
{
    internal static Dto.Document ToDocument(Event e) => new()
    {
        FormatVersion = EventDocumentFormat.CurrentVersion,
        Id = e.Id.Value,
        Slug = e.Slug.Value,
        Title = e.Title,
        Edition = e.Edition,
        Kind = e.Kind,
        Status = e.Status,
        RescheduledFrom = e.RescheduledFrom,
        TimeZone = e.TimeZoneId,
        Days = e.Days.Select(d => new Dto.Day { Start = d.Start, End = d.End }).ToList(),
        Series = Series(e.Series),
        Venue = e.Venue is null ? null : new Dto.Venue
        {
            Name = e.Venue.Name,
            Address = Address(e.Venue.Address),
            Geo = e.Venue.Geo is { } g ? new Dto.Geo { Latitude = g.Latitude, Longitude = g.Longitude } : null,
            OnlineUrl = e.Venue.OnlineUrl,
        },
        OrganizerIds = List(e.OrganizerIds, id => id.Value),
        Partners = List(e.Partners, p => new Dto.Partner { OrganizationId = p.OrganizationId.Value, Role = p.Role, Description = p.Description }),
        Contacts = List(e.Contacts, c => new Dto.Contact { PersonId = c.PersonId.Value, Role = c.Role, RoleTitle = c.RoleTitle, Phone = c.Phone, Email = c.Email }),
        Description = e.Description,
        Language = e.Language,
        Url = e.Url,
        Tags = List(e.Tags, t => t),
        Audiences = List(e.Audiences, a => a),
        Listing = e.Listing is not { } l ? null : new Dto.Listing
        {
            DateAdded = l.DateAdded,
            SubmittedBy = l.SubmittedBy,
            Featured = l.Featured,
            PublisherId = l.PublisherId?.Value,
            Url = l.Url,
        },
        Registration = e.Registration is not { } r ? null : new Dto.Registration
        {
            Deadline = r.Deadline,
            Capacity = r.Capacity,
            Fees = List(r.Fees, f => new Dto.Fee { Name = f.Name, Amount = f.Amount, Currency = f.Currency, Until = f.Until }),
            Url = r.Url,
        },
        Revision = e.Revision,
        LastModified = e.LastModified,
        ProgrammeId = e.ProgrammeId?.Value,
        Agenda = List(e.Agenda, a => new Dto.AgendaItem
        {
            Id = a.Id.Value,
            Kind = a.Kind,
            Title = a.Title,
            Description = a.Description,
            Start = a.Start,
            End = a.End,
            Room = a.Room,
            Track = a.Track,
            SpeakerIds = List(a.Speakers, s => s.Value),
            Status = a.Status,
            Revision = a.Revision,
        }),
        People = List(e.People, p => new Dto.Person
        {
            Id = p.Id.Value,
            Name = p.Name,
            Honorific = p.Honorific,
            JobTitle = p.JobTitle,
            AffiliationId = p.AffiliationId?.Value,
            Affiliation = p.Affiliation,
        }),
        Organizations = List(e.Organizations, o => new Dto.Organization
        {
            Id = o.Id.Value,
            Name = o.Name,
            Kind = o.Kind,
            ShortName = o.ShortName,
            Url = o.Url,
            Address = Address(o.Address),
        }),
        Libraries = List(e.Libraries, l => new Dto.Library
        {
            Id = l.Id.Value,
            OfficialName = l.OfficialName,
            Kind = l.Kind,
            Municipality = Municipality(l.Municipality),
            ShortName = l.ShortName,
            Patron = l.Patron,
            ParentId = l.ParentId?.Value,
            Address = Address(l.Address),
            Url = l.Url,
            DirectorId = l.DirectorId?.Value,
        }),
        Programmes = List(e.Programmes, p => new Dto.Programme
        {
            Id = p.Id.Value,
            Name = p.Name,
            OperatorId = p.OperatorId.Value,
            ShortName = p.ShortName,
            Goals = List(p.Goals, g => g),
            Regions = List(p.Regions, r => new Dto.ProgrammeRegion
            {
                Voivodeship = r.Voivodeship,
                LibraryCount = r.LibraryCount,
                CountIsApproximate = r.CountIsApproximate,
                CountIncludesBranches = r.CountIncludesBranches,
                LibraryIds = List(r.LibraryIds, id => id.Value),
            }),
            Url = p.Url,
        }),
        Partnerships = List(e.Partnerships, p => new Dto.Partnership
        {
            Id = p.Id.Value,
            Name = p.Name,
            LibraryId = p.LibraryId.Value,
            Municipality = Municipality(p.Municipality),
            Members = List(p.Members, m => new Dto.Member
            {
                Name = m.Name,
                Sector = m.Sector,
                PersonId = m.PersonId?.Value,
                OrganizationId = m.OrganizationId?.Value,
                Contribution = m.Contribution,
            }),
        }),
        Contests = List(e.Contests, c => new Dto.Contest
        {
            Id = c.Id.Value,
            Name = c.Name,
            OrganizerId = c.OrganizerId.Value,
            Edition = c.Edition,
            ProgrammeId = c.ProgrammeId?.Value,
            Entries = List(c.Entries, en => new Dto.Entry
            {
                Id = en.Id.Value,
                LibraryId = en.LibraryId.Value,
                ProjectTitle = en.ProjectTitle,
                PartnershipId = en.PartnershipId?.Value,
                Result = en.Result is not { } res ? null : new Dto.Result { Place = res.Place, Distinction = res.Distinction, Prize = res.Prize },
                ReceivedById = en.ReceivedById?.Value,
                Description = en.Description,
            }),
            Presentation = c.Presentation is not { } pr ? null : new Dto.Presentation
            {
                AgendaItemId = pr.AgendaItemId.Value,
                PresenterIds = List(pr.PresenterIds, id => id.Value),
            },
            Description = c.Description,
        }),
        Assumptions = List(e.Assumptions, a => new Dto.Assumption { Path = a.Path, Note = a.Note }),
    };

    private static Dto.Address? Address(PostalAddress? a) => a is null ? null : new Dto.Address
    {
        Street = a.Street,
        PostalCode = a.PostalCode,
        Locality = a.Locality,
        Region = a.Region,
        CountryCode = a.CountryCode,
    };

    private static Dto.Municipality Municipality(Prb.Events.Municipality m) =>
        new() { Name = m.Name, Type = m.Type, Voivodeship = m.Voivodeship };

    private static List<TOut>? List<TIn, TOut>(IReadOnlyList<TIn> values, Func<TIn, TOut> map) =>
        values.Count == 0 ? null : values.Select(map).ToList();
}
