using NodaTime;
using Prb.Events.Cli.Tests.Support;

namespace Prb.Events.Cli.Tests.Commands;

/// <summary>The agenda table, line by line: heading, venue, day headings, times (an item past midnight marked,
/// a repeated hour with its offsets), length, kind in words, title, status, speakers and room.</summary>
public sealed class AgendaRendererTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Agenda_IsPrintedExactly_WithPolishEmojiAndRightToLeftTextKept()
    {
        var zofia = new Person(new PersonId("zofia"), "Zofia Żółkiewska", honorific: "dr");
        var jan = new Person(new PersonId("jan"), "Jan Kowalski");
        var doc = Event.CreateBuilder(new EventId("noc-bibliotek"), "Noc bibliotek 📚 שלום")
            .InZone("Europe/Warsaw")
            .At(new Venue("Biblioteka Łódź"))
            .On(new LocalDate(2027, 10, 30), new LocalTime(9, 0), new LocalTime(23, 59))
            .On(new LocalDate(2027, 10, 31), new LocalTime(0, 0), new LocalTime(4, 0))
            .AddPerson(zofia)
            .AddPerson(jan)
            .AddItem("powitanie", AgendaItemKind.Opening, "Powitanie مرحبا",
                new EventTime(new LocalDateTime(2027, 10, 30, 9, 0)), new EventTime(new LocalDateTime(2027, 10, 30, 9, 30)),
                item => item.By(zofia, jan).InRoom("Sala Żółta"))
            .AddItem("gala", AgendaItemKind.AwardCeremony, "Gala",
                new EventTime(new LocalDateTime(2027, 10, 30, 22, 0)), new EventTime(new LocalDateTime(2027, 10, 31, 1, 15)),
                item => item.WithStatus(AgendaItemStatus.Cancelled).InRoom("  "))
            .AddItem("czytanie", AgendaItemKind.Lecture, "Czytanie o północy",
                new EventTime(new LocalDateTime(2027, 10, 31, 2, 30), Offset.FromHours(2)),
                new EventTime(new LocalDateTime(2027, 10, 31, 2, 30), Offset.FromHours(1)));
        var path = _folder.Write("noc.json", EventDocumentSerializer.Write(doc.Build()));

        var result = await Tool.RunAsync("agenda", path);

        Assert.Equal(0, result.Code);
        Assert.Equal(
            """
            Noc bibliotek 📚 שלום
            Times in Europe/Warsaw (the event's zone) · Biblioteka Łódź

            2027-10-30 (Saturday)
              09:00–09:30  0h30  Opening         Powitanie مرحبا — dr Zofia Żółkiewska, Jan Kowalski @ Sala Żółta
              22:00–01:15 (+1d)  3h15  Award ceremony  Gala [cancelled]

            2027-10-31 (Sunday)
              02:30 (+02:00)–02:30 (+01:00)  1h00  Lecture         Czytanie o północy

            """.ReplaceLineEndings("\n"),
            result.Output.ReplaceLineEndings("\n"));
    }
}
