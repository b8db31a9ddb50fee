using NodaTime;
using Prb.Events;

var organiser = new Library(
    new OrganizationId("dbp-wroclaw"),
    "Dolnośląska Biblioteka Publiczna im. Tadeusza Mikulskiego we Wrocławiu",
    LibraryKind.Voivodeship,
    new Municipality("Wrocław", MunicipalityType.Urban, Voivodeship.Dolnoslaskie),
    patron: "im. Tadeusza Mikulskiego");

var conference = Event.CreateBuilder(new EventId("prb-2011-11-09-wroclaw"), "Biblioteki w partnerstwach lokalnych – dobre praktyki")
    .Edition("II Konferencja Regionalna PRB")
    .InZone("Europe/Warsaw")
    .On(new LocalDate(2011, 11, 9), new LocalTime(10, 0), new LocalTime(14, 30))
    .OrganizedBy(organiser)
    .WithContact(new Person(new PersonId("beata-jasiak"), "Beata Jasiak"), ContactRole.RegionalCoordinator,
        "koordynator regionalny", phone: "71 33 52 237", email: "bjasiak@wbp.wroc.pl")
    .AddItem("wyklad", AgendaItemKind.Lecture, "W świecie bibliotek", new LocalTime(10, 0), new LocalTime(11, 0),
        item => item.By(new Person(new PersonId("boguslaw-bednarek"), "Bogusław Bednarek", honorific: "dr")))
    .AddItem("przerwa-kawowa", AgendaItemKind.CoffeeBreak, "Przerwa kawowa", new LocalTime(11, 30), new LocalTime(12, 0))
    .Assuming("days[0].start", "The announcement gives no start time; 10:00 is assumed.")
    .Build();

// Every problem at once, each with a code, a severity and a document path.
var validation = EventValidator.Default.Validate(conference);
Console.WriteLine(validation.IsValid ? "valid" : string.Join(Environment.NewLine, validation.Diagnostics));

// Local times become instants through tzdb; durations are elapsed time.
var schedule = EventScheduler.Default.Schedule(conference);
foreach (var item in schedule.Items)
{
    Console.WriteLine($"{item.Start:HH:mm}–{item.End:HH:mm} UTC{item.Start.Offset}  {item.Item.Title} ({item.Duration.TotalMinutes} min)");
}

// The JSON document: the format of samples/events/, described by docs/schema/prb-event-1.schema.json.
Console.WriteLine(EventDocumentSerializer.Write(conference));
