using Prb.Events.Cli.Tests.Support;

namespace Prb.Events.Cli.Tests.Commands;

/// <summary>examples: N sound events, marked as examples, the same for the same seed, never replacing a file.</summary>
public sealed class ExamplesCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Generates_N_SoundEventsMarkedAsExamples()
    {
        var result = await Tool.RunAsync("examples", "--count", "40", "--seed", "7", "--output", _folder.Path);

        Assert.Equal(0, result.Code);
        var files = Directory.GetFiles(_folder.Path, "*.json").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(40, files.Count);
        var kinds = new HashSet<EventKind>();
        var regions = new HashSet<Voivodeship>();
        foreach (var file in files)
        {
            var e = EventDocumentSerializer.Read(await File.ReadAllTextAsync(file));
            Assert.StartsWith("example-", e.Id.Value, StringComparison.Ordinal);
            Assert.Contains("example", e.Tags);
            Assert.Contains("Przykładowe wydarzenie", e.Description, StringComparison.Ordinal);
            Assert.NotEmpty(e.Audiences);
            Assert.NotEmpty(e.Agenda);
            var validation = EventValidator.Default.Validate(e);
            Assert.True(validation.IsValid, string.Join("\n", validation.Diagnostics));
            kinds.Add(e.Kind);
            regions.UnionWith(e.Libraries.Select(l => l.Voivodeship));
        }

        Assert.True(kinds.Count >= 5, $"only {kinds.Count} kinds");
        Assert.True(regions.Count >= 8, $"only {regions.Count} voivodeships");
    }

    [Fact]
    public async Task SameSeed_SameBytes_OtherSeed_OtherEvents()
    {
        using var again = new TempFolder();
        using var other = new TempFolder();

        await Tool.RunAsync("examples", "-n", "5", "--seed", "3", "-o", _folder.Path);
        await Tool.RunAsync("examples", "-n", "5", "--seed", "3", "-o", again.Path);
        await Tool.RunAsync("examples", "-n", "5", "--seed", "4", "-o", other.Path);

        foreach (var file in Directory.GetFiles(_folder.Path))
        {
            var name = Path.GetFileName(file);
            Assert.Equal(await File.ReadAllBytesAsync(file), await File.ReadAllBytesAsync(again[name]));
        }

        Assert.NotEqual(await File.ReadAllBytesAsync(_folder["example-00001.json"]), await File.ReadAllBytesAsync(other["example-00001.json"]));
    }

    [Fact]
    public async Task ExistingFile_IsNeverReplaced()
    {
        var kept = _folder.Write("example-00001.json", "mine");

        var result = await Tool.RunAsync("examples", "-n", "2", "-o", _folder.Path);

        Assert.Equal(0, result.Code);
        Assert.Equal("mine", await File.ReadAllTextAsync(kept));
        Assert.Equal(3, Directory.GetFiles(_folder.Path).Length);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("100001")]
    [InlineData("x")]
    public async Task BadCount_IsExit2NamingIt(string count)
    {
        var result = await Tool.RunAsync("examples", "--count", count, "-o", _folder.Path);

        Assert.Equal(2, result.Code);
        Assert.Contains("--count", result.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_folder.Path));
    }

    [Fact]
    public async Task BadFrom_AndMissingFolder_AreExit2()
    {
        Assert.Equal(2, (await Tool.RunAsync("examples", "-n", "1", "--from", "1.9.2026", "-o", _folder.Path)).Code);
        Assert.Equal(2, (await Tool.RunAsync("examples", "-n", "1", "-o", _folder["nie-ma"])).Code);
    }
}
