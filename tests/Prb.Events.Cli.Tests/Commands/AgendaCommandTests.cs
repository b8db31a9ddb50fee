using Prb.Events.Cli.Tests.Support;

namespace Prb.Events.Cli.Tests.Commands;

/// <summary>agenda: the table in the event's or another zone; document text escaped, one item per line.</summary>
public sealed class AgendaCommandTests : IDisposable
{
    private static readonly string Seed = RepositoryRoot.SeedDocument;
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Seed_ShowsTheCoffeeBreakInTheEventsZone()
    {
        var result = await Tool.RunAsync("agenda", Seed);

        Assert.Equal(0, result.Code);
        Assert.Contains("11:30–12:00  0h30  Coffee break    Przerwa kawowa", result.Output, StringComparison.Ordinal);
        Assert.Contains("Europe/Warsaw (the event's zone)", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InAnotherZone_ShiftsTheHours()
    {
        // 9 November 2011: Warsaw is at UTC+1, New York at UTC-5 (DST ended on 6 November).
        var result = await Tool.RunAsync("agenda", Seed, "--tz", "America/New_York");

        Assert.Equal(0, result.Code);
        Assert.Contains("05:30–06:00  0h30  Coffee break", result.Output, StringComparison.Ordinal);
        Assert.Contains("the event is in Europe/Warsaw", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RepeatedHour_ShowsTheOffsetOfEachEnd()
    {
        // 31 October 2027: Warsaw goes back from 03:00 CEST to 02:00 CET; 02:30 happens twice.
        var doc = Event.CreateBuilder(new EventId("noc-bibliotek"), "Noc bibliotek")
            .InZone("Europe/Warsaw")
            .On(new NodaTime.LocalDate(2027, 10, 31), new NodaTime.LocalTime(0, 0), new NodaTime.LocalTime(4, 0))
            .AddItem("czytanie", AgendaItemKind.Lecture, "Czytanie o północy",
                new EventTime(new NodaTime.LocalDateTime(2027, 10, 31, 2, 30), NodaTime.Offset.FromHours(2)),
                new EventTime(new NodaTime.LocalDateTime(2027, 10, 31, 2, 30), NodaTime.Offset.FromHours(1)));
        var path = _folder.Write("noc.json", EventDocumentSerializer.Write(doc.Build()));

        var result = await Tool.RunAsync("agenda", path);

        Assert.Equal(0, result.Code);
        Assert.Contains("02:30 (+02:00)–02:30 (+01:00)  1h00", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Talk\nFORGED LINE", @"Talk\nFORGED LINE")]
    [InlineData("Talk\r\n  23:00–23:59  0h59  Lecture  Forged", @"Talk\r\n  23:00–23:59  0h59  Lecture  Forged")]
    [InlineData("Talk\u2028FORGED", @"Talk\u2028FORGED")]
    [InlineData("Talk\u202Egnp.exe", @"Talk\u202Egnp.exe")]
    public async Task TitleWithControlCharacters_CannotForgeALine(string title, string shown)
    {
        var path = _folder.Write("hostile.json", SeedDocuments.WithTitles(title));

        var result = await Tool.RunAsync("agenda", path);

        Assert.Equal(0, result.Code);
        var lines = result.Output.Split('\n');
        Assert.Equal(5, lines.Count(l => l.StartsWith("  ", StringComparison.Ordinal)));
        Assert.Contains(lines, l => l.Contains(shown, StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith("FORGED", StringComparison.Ordinal));
        Assert.DoesNotContain('\r', result.Output);
    }

    [Fact]
    public async Task TitleWithATerminalEscape_IsRefusedByTheReaderInOneLine()
    {
        var path = _folder.Write("escape.json", SeedDocuments.WithTitles("Talk\u001b[2J\u001b[31m"));

        var result = await Tool.RunAsync("agenda", path);

        Assert.Equal(2, result.Code);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith($"{path}: $.", line, StringComparison.Ordinal);
        Assert.Contains("U+001B", line, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', result.Error);
    }
}
