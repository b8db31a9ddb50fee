using NodaTime;
using Prb.Events.Tests.Support;
using Prb.Events.Validation.Rules;

namespace Prb.Events.Tests.Validation.Rules;

/// <summary>Runs one rule alone, as <see cref="EventValidator"/> runs it, on an event that has one of each problem.</summary>
internal static class Run
{
    private static readonly LocalDate June = new(2027, 6, 10);

    internal static List<Diagnostic> Rule(IEventRule rule, Event @event, EventScheduler? scheduler = null)
    {
        scheduler ??= EventScheduler.Default;
        var diagnostics = new List<Diagnostic>();
        using var context = new ValidationContext(@event, new LocalTimeResolver(scheduler.ZoneProvider, scheduler.Policy));
        rule.Check(context, diagnostics);
        return diagnostics;
    }

    internal static List<Diagnostic> DayRule(IDayRule rule, Event @event) => Rule(new EachDay(rule), @event);

    internal static List<Diagnostic> ItemRule(IAgendaItemRule rule, Event @event) => Rule(new EachAgendaItem(rule), @event);

    internal static List<Diagnostic> Rule(IUpdateRule rule, Event previous, Event next)
    {
        var diagnostics = new List<Diagnostic>();
        rule.Check(previous, next, diagnostics);
        return diagnostics;
    }

    internal static List<(string Code, string Path)> Found(List<Diagnostic> diagnostics) => diagnostics.Select(d => (d.Code, d.Path!)).ToList();

    /// <summary>An event in Warsaw, 10–12 June 2027, with one of each problem a rule of a single event reports (but an
    /// unknown zone, which hides the local times).</summary>
    internal static Event Unsound()
    {
        var builder = Samples.OneDay(June) // 09:00–18:00
            .Titled(" ")
            .InLanguage("??")
            .WithUrl(new Uri("ftp://example.org/prb"))
            .OnDay(new EventDay(June.PlusDays(1).At(10), June.PlusDays(1).At(9)))   // days[1]: ends before it starts
            .OnDay(new EventDay(June.At(19), June.At(20)))                          // days[2]: starts before days[1] ends
            .AddPerson(new Person(new PersonId("anna"), "Anna"))
            .WithContact(new Person(new PersonId("jan"), "Jan"), ContactRole.Organizer, phone: "12", email: "jan@")
            .WithRegistration(new Registration(June.PlusDays(5).At(9)))
            .AddItem(new AgendaItem(new AgendaItemId("a"), AgendaItemKind.Lecture, "A", June.At(10), June.At(11), room: "Sala A", speakers: [new PersonId("anna")]))
            .AddItem(new AgendaItem(new AgendaItemId("b"), AgendaItemKind.Lecture, "B", June.At(10, 30), June.At(11, 30), room: " sala a", speakers: [new PersonId("anna")]))
            .AddItem(new AgendaItem(new AgendaItemId("c"), AgendaItemKind.Lecture, "C", June.At(13), June.At(12), revision: 1))
            .AddItem(new AgendaItem(new AgendaItemId("d"), AgendaItemKind.Lecture, " ", June.At(8), June.At(9, 30), speakers: [new PersonId("nobody")]))
            .AddItem(new AgendaItem(new AgendaItemId("e"), AgendaItemKind.Lecture, "E", new EventTime(June.At(14), Offset.FromHours(5)), June.At(15)))
            .AddItem(new AgendaItem(new AgendaItemId("a"), AgendaItemKind.Lecture, "A bis", June.At(16), June.At(17)));
        builder.PeopleValue.Add(new Person(new PersonId("anna"), "Anna druga"));
        return builder.Build();
    }

    /// <summary>An update of <see cref="Unsound"/> with each problem an update rule reports.</summary>
    internal static (Event Previous, Event Next) UnsoundUpdate()
    {
        var previous = Unsound().ToBuilder().AtRevision(3).Build();
        var next = Event.CreateBuilder(new EventId("other"), previous.Title).InZone(previous.TimeZoneId).AtRevision(2);
        next.DaysValue.AddRange(previous.Days);
        next.AgendaValue.AddRange(previous.Agenda);
        next.AgendaValue[0] = previous.Agenda[0].Reschedule(June.At(10), June.At(10, 45)); // a new revision: sound
        next.AgendaValue[1] = new AgendaItem(new AgendaItemId("b"), AgendaItemKind.Lecture, "B", June.At(10, 30), June.At(12));
        next.AgendaValue[2] = new AgendaItem(new AgendaItemId("c"), AgendaItemKind.Lecture, "C", June.At(13), June.At(12), revision: 0);
        return (previous, next.Build());
    }
}
