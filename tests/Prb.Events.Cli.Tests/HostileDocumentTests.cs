using Prb.Events.Cli.Tests.Support;

namespace Prb.Events.Cli.Tests;

/// <summary>Documents beyond the model's supported range (<see cref="EventLimits"/>): a day on 9999-12-31 20:00–23:59 in
/// America/Los_Angeles (past the last instant once in UTC) and one in year -9998 in Asia/Tokyo (before the first). Every
/// command ends in exit 2 with one line naming the file, never a crash; at the edges of the range, every command works.</summary>
public sealed class HostileDocumentTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string, string, string, string> Edges => new()
    {
        { "9999-12-31", "America/Los_Angeles", "20:00:00", "23:59:00" },
        { "9999-12-31", "Pacific/Pago_Pago", "13:00:00", "23:59:00" },
        { "-9998-01-01", "Asia/Tokyo", "00:00:00", "08:00:00" },
        { "-9998-01-01", "Pacific/Auckland", "00:00:00", "08:00:00" },
    };

    public static TheoryData<string[]> Commands => new()
    {
        new[] { "validate" },
        new[] { "agenda" },
        new[] { "agenda", "--tz", "UTC" },
        new[] { "export", "--format", "json" },
        new[] { "export", "--format", "ics" },
        new[] { "export", "--format", "ics", "--items" },
        new[] { "export", "--format", "schedule-xml" },
        new[] { "export", "--format", "schedule-json" },
    };

    [Theory]
    [MemberData(nameof(Edges))]
    public async Task EveryCommand_OnADayAtTheEdgeOfTime_EndsInOneOrTwoWithLinesNamingTheFile(string date, string zone, string start, string end)
    {
        var path = _folder.Write("edge.json", SeedDocuments.OnOneDay(date, zone, start, end));
        var target = _folder["out"];
        var failures = new List<string>();
        foreach (var command in Commands)
        {
            var args = command[0] == "export" ? [command[0], path, .. command[1..], "-o", target] : new[] { command[0], path }.Concat(command[1..]).ToArray();
            var result = await Tool.RunAsync(args);
            var lines = result.ErrorLines.Concat(command[0] == "validate" ? result.OutputLines : []).ToList();
            if (result.Code is not (1 or 2) || result.Crashed || lines.Count == 0 || lines.Any(l => !l.StartsWith($"{path}: ", StringComparison.Ordinal)))
            {
                failures.Add($"{string.Join(' ', command)}: {result}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
        Assert.Empty(_folder.LeftoverTemporaryFiles());
    }

    [Fact]
    public async Task Validate_PastTheLastInstant_SaysWhyInOneLine()
    {
        var path = _folder.Write("la.json", SeedDocuments.OnOneDay("9999-12-31", "America/Los_Angeles"));

        var result = await Tool.RunAsync("validate", path);

        Assert.Equal(2, result.Code);
        Assert.False(result.Crashed, result.ToString());
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith($"{path}: ", line, StringComparison.Ordinal);
        Assert.Contains("outside the supported range", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("9999-12-30", "America/Los_Angeles", "20:00:00", "23:59:00")]
    [InlineData("9999-12-30", "Pacific/Kiritimati", "00:00:00", "23:59:00")]
    [InlineData("0001-01-02", "Asia/Tokyo", "00:00:00", "08:00:00")]
    [InlineData("0001-01-02", "Etc/GMT+12", "00:00:00", "08:00:00")]
    public async Task EveryCommand_AtTheEdgesOfTheSupportedRange_Works(string date, string zone, string start, string end)
    {
        var path = _folder.Write("edge.json", SeedDocuments.OnOneDay(date, zone, start, end));
        var failures = new List<string>();
        foreach (var command in Commands)
        {
            var args = command[0] == "export" ? [command[0], path, .. command[1..], "-o", _folder["out"]] : new[] { command[0], path }.Concat(command[1..]).ToArray();
            var result = await Tool.RunAsync(args);
            if (result.Code != 0 || result.Crashed)
            {
                failures.Add($"{string.Join(' ', command)}: {result}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    [Fact]
    public async Task Import_OfACalendarAtTheEdgeOfTime_EndsInOneOrTwo()
    {
        var ics = _folder.Write("edge.ics",
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nBEGIN:VEVENT\r\nUID:edge@x\r\nDTSTAMP:20240101T000000Z\r\n"
            + "DTSTART;TZID=America/Los_Angeles:99991231T200000\r\nDTEND;TZID=America/Los_Angeles:99991231T235900\r\n"
            + "SUMMARY:Edge\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:past@x\r\nDTSTAMP:20240101T000000Z\r\nDTSTART;VALUE=DATE:99991231\r\n"
            + "SUMMARY:Last day\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
        var output = Directory.CreateDirectory(_folder["out"]).FullName;

        var result = await Tool.RunAsync("import", ics, "-o", output);

        Assert.InRange(result.Code, 0, 2);
        Assert.False(result.Crashed, result.ToString());
        Assert.All(result.ErrorLines, l => Assert.True(l.StartsWith(ics, StringComparison.Ordinal) || l.StartsWith(output, StringComparison.Ordinal), l));
    }
}
