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

    [Fact]
    public async Task OneEvent_WithTheDefaults_IsSeedOneFromTheFirstOfSeptember2026()
    {
        using var explicitly = new TempFolder();

        var result = await Tool.RunAsync("examples", "--count", "1", "-o", _folder.Path);
        await Tool.RunAsync("examples", "--count", "1", "--seed", "1", "--from", "2026-09-01", "-o", explicitly.Path);

        Assert.Equal(0, result.Code);
        var file = Assert.Single(Directory.GetFiles(_folder.Path));
        Assert.Equal(await File.ReadAllBytesAsync(explicitly["example-00001.json"]), await File.ReadAllBytesAsync(file));
        var e = EventDocumentSerializer.Read(await File.ReadAllTextAsync(file));
        Assert.StartsWith($"{file}: event 1 of 1, 'example-00001': ", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
        Assert.InRange(e.Days[0].Start.Local.Date, new NodaTime.LocalDate(2026, 9, 1), new NodaTime.LocalDate(2027, 8, 31));
    }

    [Fact]
    public async Task From_MovesTheEvents_AndABadOneIsNamed()
    {
        var result = await Tool.RunAsync("examples", "-n", "3", "--from", "2030-01-01", "-o", _folder.Path);
        var bad = await Tool.RunAsync("examples", "-n", "1", "--from", "2030-13-01", "-o", _folder.Path);

        Assert.Equal(0, result.Code);
        foreach (var file in Directory.GetFiles(_folder.Path))
        {
            var e = EventDocumentSerializer.Read(await File.ReadAllTextAsync(file));
            Assert.InRange(e.Days[0].Start.Local.Date, new NodaTime.LocalDate(2030, 1, 1), new NodaTime.LocalDate(2030, 12, 31));
        }

        Assert.Equal(2, bad.Code);
        Assert.Contains("--from must be a date such as 2026-09-01.", bad.Error, StringComparison.Ordinal);
        Assert.Equal(3, Directory.GetFiles(_folder.Path).Length);
    }
}
