using Prb.Events.Cli.Tests.Support;

namespace Prb.Events.Cli.Tests.Commands;

/// <summary>export: every registered format, to the standard output or a file written whole.</summary>
public sealed class ExportCommandTests : IDisposable
{
    private static readonly string Seed = RepositoryRoot.SeedDocument;
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("schedule-xml", "<title>Przerwa kawowa</title>")]
    [InlineData("schedule-json", "\"title\": \"Przerwa kawowa\"")]
    [InlineData("json", "\"title\": \"Przerwa kawowa\"")]
    [InlineData("ics", "SUMMARY:Biblioteki w partnerstwach")]
    public async Task WritesTheFormatToTheOutputFile(string format, string expected)
    {
        var target = _folder["out"];

        var result = await Tool.RunAsync("export", Seed, "--format", format, "-o", target);

        Assert.Equal(0, result.Code);
        Assert.Contains(expected, await File.ReadAllTextAsync(target), StringComparison.Ordinal);
        Assert.Matches($"^{System.Text.RegularExpressions.Regex.Escape(target)}: \\d+ bytes of ", Assert.Single(result.ErrorLines));
        Assert.Empty(_folder.LeftoverTemporaryFiles());
    }

    [Fact]
    public async Task ToStandardOutput()
    {
        var result = await Tool.RunAsync("export", Seed, "--format", "schedule-xml");

        Assert.Equal(0, result.Code);
        Assert.StartsWith("<?xml", result.Output, StringComparison.Ordinal);
        Assert.Empty(result.Error);
    }

    [Fact]
    public async Task FormatThatCannotRepresentTheEvent_ExitsOneInOneLine()
    {
        // An item of 120 hours: schedule.xml's durations have two digits of hours (the c3voc XSD).
        var document = System.Text.Json.Nodes.JsonNode.Parse(SeedDocuments.OnOneDay("2011-11-09", "Europe/Warsaw", "10:00:00", "12:00:00"))!;
        document["days"]![0]!["end"] = "2011-11-14T10:00:00";
        document["agenda"]![0]!["end"] = "2011-11-14T10:00:00";
        var path = _folder.Write("long.json", document.ToJsonString());

        var result = await Tool.RunAsync("export", path, "--format", "schedule-xml");

        Assert.Equal(1, result.Code);
        Assert.StartsWith($"{path}: cannot export as schedule-xml: ", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
        Assert.Empty(result.Output);
    }
}
