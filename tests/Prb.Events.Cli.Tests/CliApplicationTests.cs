using Prb.Events.Cli.Tests.Support;

namespace Prb.Events.Cli.Tests;

/// <summary>The command line as System.CommandLine parses it: help, parse errors, --version and the [suggest] directive.</summary>
public class CliApplicationTests
{
    public static TheoryData<string[]> HelpRequests => new()
    {
        new[] { "--help" },
        new[] { "-h" },
        new[] { "-?" },
        new[] { "validate", "--help" },
        new[] { "agenda", "-h" },
        new[] { "export", "--help" },
        new[] { "import", "-?" },
        new[] { "export", "--format", "pdf", "--help" },
    };

    [Theory]
    [MemberData(nameof(HelpRequests))]
    public async Task Help_ForEveryCommand_ExitsZeroWithUsage(string[] args)
    {
        var result = await Tool.RunAsync(args);

        Assert.Equal(0, result.Code);
        Assert.Contains("Usage:", result.Output, StringComparison.Ordinal);
        Assert.Contains("prb-events", result.Output, StringComparison.Ordinal);
        Assert.Empty(result.Error);
    }

    [Fact]
    public async Task Help_OfTheRoot_ListsEveryCommandAndTheExitCodes()
    {
        var result = await Tool.RunAsync("--help");

        foreach (var command in new[] { "validate", "agenda", "export", "import" })
        {
            Assert.Contains($"  {command} <FILE>", result.Output, StringComparison.Ordinal);
        }

        Assert.Contains("Exit codes: 0 done, 1 diagnostics, 2", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("validate", "<FILE>")]
    [InlineData("agenda", "--tz <ZONE>")]
    [InlineData("export", "--format <json|ics|schedule-xml|schedule-json> (REQUIRED)")]
    [InlineData("export", "--items")]
    [InlineData("export", "-o, --output <OUT>")]
    [InlineData("import", "-o, --output <OUT>")]
    public async Task Help_OfACommand_DescribesItsOptions(string command, string expected)
    {
        var result = await Tool.RunAsync(command, "--help");

        Assert.Contains(expected, result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new string[0], "Required command was not provided")]
    [InlineData(new[] { "frobnicate" }, "'frobnicate'")]
    [InlineData(new[] { "validate" }, "Required argument 'FILE' missing")]
    [InlineData(new[] { "validate", "a.json", "b.json" }, "'b.json'")]
    [InlineData(new[] { "validate", "a.json", "--colour" }, "'--colour'")]
    [InlineData(new[] { "agenda", "a.json", "--tz" }, "Required argument missing for option: '--tz'")]
    [InlineData(new[] { "agenda", "a.json", "--tz", "Mars/Olympus" }, "'Mars/Olympus' is not a time zone id")]
    [InlineData(new[] { "export", "a.json" }, "Option '--format' is required")]
    [InlineData(new[] { "export", "a.json", "--format", "pdf" }, "'pdf' is not an export format; use one of json, ics, schedule-xml, schedule-json")]
    [InlineData(new[] { "export", "a.json", "--format", "json", "--items" }, "--items goes with --format ics")]
    [InlineData(new[] { "export", "a.json", "--format", "ics", "-o" }, "Required argument missing for option: '-o'")]
    [InlineData(new[] { "import", "a.ics", "--output" }, "Required argument missing for option: '--output'")]
    public async Task ParseError_ExitsTwoWithOneLineAndAPointerToHelp(string[] args, string expected)
    {
        var result = await Tool.RunAsync(args);

        Assert.Equal(2, result.Code);
        var line = Assert.Single(result.ErrorLines);
        Assert.Contains(expected, line, StringComparison.Ordinal);
        Assert.EndsWith("--help'.", line, StringComparison.Ordinal);
        Assert.Empty(result.Output);
    }

    [Fact]
    public async Task ParseError_WithControlCharactersInTheArgument_StaysOneLine()
    {
        var result = await Tool.RunAsync("frob\nprb-events: forged\u001b[2J");

        Assert.Equal(2, result.Code);
        var line = Assert.Single(result.ErrorLines);
        Assert.Contains("frob\\nprb-events: forged\\u001B[2J", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResponseFiles_AreNotRead()
    {
        using var folder = new TempFolder();
        var arguments = folder.Write("args.rsp", "validate\n" + RepositoryRoot.SeedDocument);

        var result = await Tool.RunAsync("@" + arguments);

        Assert.Equal(2, result.Code);
        Assert.Single(result.ErrorLines);
    }

    [Fact]
    public async Task Version_ExitsZero()
    {
        var result = await Tool.RunAsync("--version");

        Assert.Equal(0, result.Code);
        Assert.Matches(@"^\d+\.\d+\.\d+", result.Output);
    }

    [Theory]
    [InlineData("exp", "export")]
    [InlineData("exa", "examples")]
    [InlineData("export x --format schedule-", "schedule-json\nschedule-xml")]
    [InlineData("agenda x --tz Europe/Wars", "Europe/Warsaw")]
    [InlineData("agenda x --tz america/new_y", "America/New_York")]
    public async Task SuggestDirective_CompletesCommandsFormatsAndZones(string commandLine, string expected)
    {
        var result = await Tool.RunAsync($"[suggest:{commandLine.Length}]", commandLine);

        Assert.Equal(0, result.Code);
        Assert.Equal(expected, result.Output.ReplaceLineEndings("\n").Trim());
    }

    [Theory]
    [InlineData("[suggest:3]", "[suggest:3]", "import")]
    [InlineData("[suggest:3]", "[suggest:9]", "validate x")]
    public async Task SuggestDirective_GivenTwice_ExitsTwoInOneLine(params string[] args)
    {
        var result = await Tool.RunAsync(args);

        Assert.Equal(2, result.Code);
        Assert.Equal("prb-events: the [suggest] directive is given more than once.", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public async Task SuggestDirective_CompletesFilesWithTheCommandsExtension()
    {
        using var folder = new TempFolder();
        folder.Write("a.json", "{}");
        folder.Write("a.ics", "");
        Directory.CreateDirectory(folder["sub"]);
        var word = folder.Path + "/";

        var validate = await Tool.RunAsync($"[suggest:{9 + word.Length}]", "validate " + word);
        var import = await Tool.RunAsync($"[suggest:{7 + word.Length}]", "import " + word);

        Assert.Equal([word + "a.json", word + "sub/"], validate.OutputLines);
        Assert.Equal([word + "a.ics", word + "sub/"], import.OutputLines);
    }
}
