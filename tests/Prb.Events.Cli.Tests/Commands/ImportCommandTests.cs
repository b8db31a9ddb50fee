using Prb.Events.Cli.Tests.Support;

namespace Prb.Events.Cli.Tests.Commands;

/// <summary>import: iCalendar to documents; into a folder one new file per event, never replacing one, each reported.</summary>
public sealed class ImportCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task IntoAFolder_UidsThatDifferOnlyByCase_EachGetAFileOfTheirOwn()
    {
        var ics = _folder.Write("three.ics", Calendars.WithUids(["Event-A@x", "event-a@x", "EVENT-A@y"], ["First", "Second", "Third"]));
        var output = Directory.CreateDirectory(_folder["out"]).FullName;

        var result = await Tool.RunAsync("import", ics, "-o", output);

        Assert.Equal(0, result.Code);
        var files = Directory.GetFiles(output).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(["event-a-2.json", "event-a-3.json", "event-a.json"], files);
        Assert.Equal(3, files.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        var titles = files.Select(f => EventDocumentSerializer.Read(File.ReadAllText(Path.Combine(output, f!))).Title).Order(StringComparer.Ordinal);
        Assert.Equal(["First", "Second", "Third"], titles);

        // Which event went to which file, in input order.
        var reports = result.ErrorLines.Where(l => l.Contains(": event ", StringComparison.Ordinal)).ToArray();
        Assert.Equal(
        [
            $"{Path.Combine(output, "event-a.json")}: event 1 of 3, 'Event-A': First (0 agenda items)",
            $"{Path.Combine(output, "event-a-2.json")}: event 2 of 3, 'event-a': Second (0 agenda items)",
            $"{Path.Combine(output, "event-a-3.json")}: event 3 of 3, 'EVENT-A': Third (0 agenda items)",
        ], reports);
    }

    [Fact]
    public async Task IntoAFolder_NeverReplacesAFile_WhateverItsCase()
    {
        var ics = _folder.Write("two.ics", Calendars.WithUids(["event-a@x", "event-b@x"]));
        var output = Directory.CreateDirectory(_folder["out"]).FullName;
        File.WriteAllText(Path.Combine(output, "EVENT-A.json"), "theirs");
        File.WriteAllText(Path.Combine(output, "event-b.json"), "theirs too");

        var first = await Tool.RunAsync("import", ics, "-o", output);
        var second = await Tool.RunAsync("import", ics, "-o", output);

        Assert.Equal(0, first.Code);
        Assert.Equal(0, second.Code);
        Assert.Equal("theirs", File.ReadAllText(Path.Combine(output, "EVENT-A.json")));
        Assert.Equal("theirs too", File.ReadAllText(Path.Combine(output, "event-b.json")));
        Assert.Equal(
            ["EVENT-A.json", "event-a-2.json", "event-a-3.json", "event-b-2.json", "event-b-3.json", "event-b.json"],
            Directory.GetFiles(output).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal));
        Assert.Empty(_folder.LeftoverTemporaryFiles());
    }

    [Fact]
    public async Task IntoAFolder_ANameTakenByALinkOrFolder_IsPassedOver()
    {
        var ics = _folder.Write("one.ics", Calendars.WithUids(["event-a@x"]));
        var output = Directory.CreateDirectory(_folder["out"]).FullName;
        File.CreateSymbolicLink(Path.Combine(output, "event-a.json"), _folder.Write("real", "old"));
        Directory.CreateDirectory(Path.Combine(output, "event-a-2.json"));

        var result = await Tool.RunAsync("import", ics, "-o", output);

        Assert.Equal(0, result.Code);
        Assert.True(File.Exists(Path.Combine(output, "event-a-3.json")));
        Assert.Equal("old", File.ReadAllText(_folder["real"]));
    }

    [Fact]
    public async Task SeveralEvents_WithoutAFolder_ExitTwoInOneLine()
    {
        var ics = _folder.Write("two.ics", Calendars.WithUids(["a@x", "b@x"]));

        var toStdout = await Tool.RunAsync("import", ics);
        var toFile = await Tool.RunAsync("import", ics, "-o", _folder["one.json"]);

        foreach (var result in new[] { toStdout, toFile })
        {
            Assert.Equal(2, result.Code);
            Assert.Contains("holds 2 events: give -o an existing folder", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
        }

        Assert.False(File.Exists(_folder["one.json"]));
    }

    [Fact]
    public async Task OneEvent_ToAFile_ReplacesARegularFileAndSaysWhichEvent()
    {
        var ics = _folder.Write("one.ics", Calendars.WithUids(["solo@x"], ["Solo"]));
        var target = _folder.Write("solo.json", "old");

        var result = await Tool.RunAsync("import", ics, "-o", target);

        Assert.Equal(0, result.Code);
        Assert.Equal("Solo", EventDocumentSerializer.Read(File.ReadAllText(target)).Title);
        Assert.Contains($"{target}: event 'solo': Solo (0 agenda items)", result.ErrorLines);
    }

    [Fact]
    public async Task ExportedIcs_ImportsBackTheAgenda()
    {
        var ics = _folder["seed.ics"];
        var json = _folder["seed.json"];

        var exported = await Tool.RunAsync("export", RepositoryRoot.SeedDocument, "--format", "ics", "--items", "-o", ics);
        var imported = await Tool.RunAsync("import", ics, "-o", json);

        Assert.Equal(0, exported.Code);
        var text = await File.ReadAllTextAsync(ics);
        Assert.StartsWith("BEGIN:VCALENDAR\r\n", text, StringComparison.Ordinal);
        Assert.Equal(6, text.Split("BEGIN:VEVENT").Length - 1);
        Assert.Equal(0, imported.Code);
        Assert.Contains("\"title\": \"Przerwa kawowa\"", await File.ReadAllTextAsync(json), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NotIcalendar_ExitsTwoInOneLine()
    {
        var path = _folder.Write("not.ics", "{\"formatVersion\": \"1.0\"}");

        var result = await Tool.RunAsync("import", path);

        Assert.Equal(2, result.Code);
        Assert.StartsWith($"{path}: not iCalendar: ", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TitleWithALineBreak_CannotForgeAReportLine()
    {
        var ics = _folder.Write("forged.ics", Calendars.WithUids(["x@x"], [@"Talk\n/tmp/evil.json: event 'evil': Forged"]));
        var output = Directory.CreateDirectory(_folder["out"]).FullName;

        var result = await Tool.RunAsync("import", ics, "-o", output);

        Assert.Equal(0, result.Code);
        var report = Assert.Single(result.ErrorLines, l => l.Contains(": event 1 of 1", StringComparison.Ordinal));
        Assert.EndsWith(@"Talk\n/tmp/evil.json: event 'evil': Forged (0 agenda items)", report, StringComparison.Ordinal);
        Assert.DoesNotContain(result.ErrorLines, l => l.StartsWith("/tmp/evil.json", StringComparison.Ordinal));
    }
}
