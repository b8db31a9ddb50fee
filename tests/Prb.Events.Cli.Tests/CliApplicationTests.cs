namespace Prb.Events.Cli.Tests;

public class CliApplicationTests
{
    private static readonly string Seed = RepositoryRoot.SeedDocument;

    [Fact]
    public async Task Validate_Seed_ExitsZero()
    {
        var (code, output, _) = await RunAsync("validate", Seed);

        Assert.Equal(0, code);
        Assert.Contains("valid", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_DocumentWithProblems_PrintsOneDiagnosticPerLineAndExitsOne()
    {
        var json = (await File.ReadAllTextAsync(Seed))
            .Replace("\"email\": \"bjasiak@wbp.wroc.pl\"", "\"email\": \"bjasiak@\"", StringComparison.Ordinal)
            .Replace("\"end\": \"2011-11-09T12:00:00\"", "\"end\": \"2011-11-09T11:00:00\"", StringComparison.Ordinal);
        var path = await TempFileAsync(json);

        var (code, output, _) = await RunAsync("validate", path);

        Assert.Equal(1, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.Contains("PRB1006 contacts[0].email", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("PRB1002 agenda[2].end", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("{\"formatVersion\":")]
    [InlineData("not json")]
    [InlineData("")]
    public async Task Validate_UnreadableDocument_ExitsTwoWithTheReason(string content)
    {
        var path = await TempFileAsync(content);

        var (code, _, error) = await RunAsync("validate", path);

        Assert.Equal(2, code);
        Assert.Contains(path, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_MissingFile_ExitsTwo()
    {
        var (code, _, error) = await RunAsync("validate", Path.Combine(Path.GetTempPath(), Guid.NewGuid() + ".json"));

        Assert.Equal(2, code);
        Assert.Contains("cannot read", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Agenda_Seed_ShowsTheCoffeeBreakInTheEventsZone()
    {
        var (code, output, _) = await RunAsync("agenda", Seed);

        Assert.Equal(0, code);
        Assert.Contains("11:30–12:00  0h30  Coffee break    Przerwa kawowa", output, StringComparison.Ordinal);
        Assert.Contains("Europe/Warsaw (the event's zone)", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Agenda_InAnotherZone_ShiftsTheHours()
    {
        // 9 November 2011: Warsaw is at UTC+1, New York at UTC-5 (DST ended on 6 November).
        var (code, output, _) = await RunAsync("agenda", Seed, "--tz", "America/New_York");

        Assert.Equal(0, code);
        Assert.Contains("05:30–06:00  0h30  Coffee break", output, StringComparison.Ordinal);
        Assert.Contains("the event is in Europe/Warsaw", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("agenda", "--tz", "Mars/Olympus")]
    [InlineData("agenda", "--tz")]
    [InlineData("frobnicate")]
    [InlineData("validate")]
    [InlineData("validate", "--colour")]
    public async Task WrongCommandLine_ExitsTwo(params string[] args)
    {
        var full = args.Length > 1 && args[1] == "--tz" ? [args[0], Seed, .. args[1..]] : args;

        var (code, _, error) = await RunAsync(full);

        Assert.Equal(2, code);
        Assert.Contains("Usage", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("schedule-xml", "<title>Przerwa kawowa</title>")]
    [InlineData("schedule-json", "\"title\": \"Przerwa kawowa\"")]
    [InlineData("json", "\"title\": \"Przerwa kawowa\"")]
    public async Task Export_WritesTheFormatToTheOutputFile(string format, string expected)
    {
        var target = Path.Combine(Path.GetTempPath(), $"prb-cli-{Guid.NewGuid():N}.out");

        var (code, _, _) = await RunAsync("export", Seed, "--format", format, "-o", target);

        Assert.Equal(0, code);
        Assert.Contains(expected, await File.ReadAllTextAsync(target), StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.*.tmp"));
    }

    [Fact]
    public async Task ExportIcs_ThenImport_GivesBackTheAgenda()
    {
        var ics = Path.Combine(Path.GetTempPath(), $"prb-cli-{Guid.NewGuid():N}.ics");
        var json = Path.ChangeExtension(ics, ".json");

        var (exported, _, _) = await RunAsync("export", Seed, "--format", "ics", "--items", "-o", ics);
        var (imported, _, _) = await RunAsync("import", ics, "-o", json);

        Assert.Equal(0, exported);
        var text = await File.ReadAllTextAsync(ics);
        Assert.StartsWith("BEGIN:VCALENDAR\r\n", text, StringComparison.Ordinal);
        Assert.Equal(6, text.Split("BEGIN:VEVENT").Length - 1);
        Assert.Equal(0, imported);
        Assert.Contains("\"title\": \"Przerwa kawowa\"", await File.ReadAllTextAsync(json), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_NotIcalendar_ExitsTwo()
    {
        var path = await TempFileAsync("{\"formatVersion\": \"1.0\"}");

        var (code, _, error) = await RunAsync("import", path);

        Assert.Equal(2, code);
        Assert.Contains("not iCalendar", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_ItemsWithoutIcs_ExitsTwo()
    {
        var (code, _, _) = await RunAsync("export", Seed, "--format", "json", "--items");

        Assert.Equal(2, code);
    }

    [Fact]
    public async Task Export_ToStandardOutput()
    {
        var (code, output, _) = await RunAsync("export", Seed, "--format", "schedule-xml");

        Assert.Equal(0, code);
        Assert.StartsWith("<?xml", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--format", "pdf")]
    [InlineData("-o", "x.out")]
    public async Task Export_WithoutAKnownFormat_ExitsTwo(string option, string value)
    {
        var (code, _, error) = await RunAsync("export", Seed, option, value);

        Assert.Equal(2, code);
        Assert.Contains("schedule-xml", error, StringComparison.Ordinal);
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApplication.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private static async Task<string> TempFileAsync(string content)
    {
        var path = Path.Combine(Path.GetTempPath(), $"prb-cli-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, content);
        return path;
    }
}
