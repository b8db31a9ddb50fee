using Prb.Events.Cli.Tests.Support;

namespace Prb.Events.Cli.Tests.Commands;

/// <summary>validate: 0 valid, 1 with one diagnostic per line, 2 unreadable, always in lines of their own.</summary>
public sealed class ValidateCommandTests : IDisposable
{
    private static readonly string Seed = RepositoryRoot.SeedDocument;
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Seed_ExitsZero()
    {
        var result = await Tool.RunAsync("validate", Seed);

        Assert.Equal(0, result.Code);
        Assert.Equal($"{Seed}: valid (5 agenda items, 0 warnings).", Assert.Single(result.OutputLines));
    }

    [Fact]
    public async Task DocumentWithProblems_PrintsOneDiagnosticPerLineAndExitsOne()
    {
        var json = SeedDocuments.Seed
            .Replace("\"email\": \"bjasiak@wbp.wroc.pl\"", "\"email\": \"bjasiak@\"", StringComparison.Ordinal)
            .Replace("\"end\": \"2011-11-09T12:00:00\"", "\"end\": \"2011-11-09T11:00:00\"", StringComparison.Ordinal);
        var path = _folder.Write("problems.json", json);

        var result = await Tool.RunAsync("validate", path);

        Assert.Equal(1, result.Code);
        Assert.Contains(result.OutputLines, l => l.Contains("PRB1006 contacts[0].email", StringComparison.Ordinal));
        Assert.Contains(result.OutputLines, l => l.Contains("PRB1002 agenda[2].end", StringComparison.Ordinal));
        Assert.All(result.OutputLines, l => Assert.StartsWith($"{path}: ", l, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("{\"formatVersion\":")]
    [InlineData("not json")]
    [InlineData("")]
    public async Task UnreadableDocument_ExitsTwoWithTheReasonInOneLine(string content)
    {
        var path = _folder.Write("bad.json", content);

        var result = await Tool.RunAsync("validate", path);

        Assert.Equal(2, result.Code);
        Assert.StartsWith($"{path}: ", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingFile_ExitsTwo()
    {
        var result = await Tool.RunAsync("validate", _folder["missing.json"]);

        Assert.Equal(2, result.Code);
        Assert.Contains("cannot read the file", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Folder_ExitsTwo()
    {
        var result = await Tool.RunAsync("validate", _folder.Path);

        Assert.Equal(2, result.Code);
        Assert.Equal($"{_folder.Path}: cannot read the file: it is a folder.", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public async Task InputLargerThanTheCap_IsRefusedWithoutReadingItAll()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        // /dev/zero never ends: the cap stops the read.
        var result = await Tool.RunAsync("validate", "/dev/zero");

        Assert.Equal(2, result.Code);
        Assert.Equal("/dev/zero: cannot read the file: it is larger than 10 MiB.", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public async Task PathWithControlCharacters_IsEscapedInTheMessage()
    {
        var result = await Tool.RunAsync("validate", "missing\n/etc/passwd: valid.json");

        Assert.Equal(2, result.Code);
        Assert.StartsWith(@"missing\n/etc/passwd: valid.json: cannot read the file", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }
}
