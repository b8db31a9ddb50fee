using NodaTime;
using NodaTime.Testing;

namespace Prb.Events.Ical.Tests.TestSupport;

/// <summary>The seed conference and the fixed clock every export test uses.</summary>
internal static class Samples
{
    /// <summary>The instant every test clock reads: the day the seed conference was announced, at noon UTC.</summary>
    internal static readonly Instant Now = Instant.FromUtc(2011, 11, 8, 12, 0, 0);

    private static readonly Lazy<Event> SeedEvent = new(() =>
        EventDocumentSerializer.Read(File.ReadAllText(RepositoryRoot.PathOf("samples", "events", "prb-2011-11-09-wroclaw.json"))));

    internal static Event Seed => SeedEvent.Value;

    internal static FakeClock Clock() => new(Now);

    internal static IcalendarExporter Exporter(IcalendarExportOptions? options = null) => new(Clock(), options);

    /// <summary>Returns a copy of an event with another agenda and revision (the builder can add items but not replace them).</summary>
    internal static Event WithAgenda(Event e, IEnumerable<AgendaItem> items, int revision)
    {
        var builder = Event.CreateBuilder(e.Id, e.Title).Edition(e.Edition).OfKind(e.Kind).InZone(e.TimeZoneId).At(e.Venue)
            .Described(e.Description).WithUrl(e.Url).Tagged([.. e.Tags]).AtRevision(revision).LastModifiedAt(e.LastModified);
        foreach (var day in e.Days)
        {
            builder.OnDay(day);
        }

        foreach (var library in e.Libraries.Where(l => e.OrganizerIds.Contains(l.Id)))
        {
            builder.OrganizedBy(library);
        }

        foreach (var contact in e.Contacts)
        {
            builder.WithContact(e.FindPerson(contact.PersonId)!, contact.Role, contact.RoleTitle, contact.Phone, contact.Email);
        }

        foreach (var item in items)
        {
            builder.AddItem(item);
        }

        return builder.Build();
    }

    internal static IcalendarExportOptions WithItems { get; } = new() { IncludeAgendaItems = true, UidDomain = "events.prb.example" };
}
