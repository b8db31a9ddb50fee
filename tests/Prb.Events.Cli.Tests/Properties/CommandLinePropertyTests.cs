using CsCheck;
using Xunit.Abstractions;
using Prb.Events.Cli.Tests.Support;

namespace Prb.Events.Cli.Tests.Properties;

/// <summary>Random argument vectors, and random and mutated documents fed to every command: every run ends in exit 0, 1
/// or 2 with its failure said in lines, never an unhandled exception; no temporary file stays; nothing outside the
/// temporary work folder changes, not even what its links point to.</summary>
[Collection(CurrentFolderTests.Name)]
public sealed class CommandLinePropertyTests(ITestOutputHelper output) : IDisposable
{
    private static readonly string[] Inputs =
    [
        "seed.json", "la.json", "tokyo.json", "forged.json", "seed.ics", "three.ics", "garbage.bin", "missing.json", "dir", "imp",
        "link.out", "dangling", "existing.json", string.Empty, "/dev/null", "./seed.json", "dir/../seed.json",
    ];

    private static readonly string[] Outputs =
    [
        "out.json", "out.ics", "existing.json", "link.out", "dangling", "fifo", "device", "dir", "dir/", "imp", ".", "missing/x.json",
        string.Empty, new string('x', 300), "a\nb.json", "out\u001b.ics", "imp/nested.json", "dir/.",
    ];

    private static readonly string[] Formats = ["json", "ics", "schedule-xml", "schedule-json", "pdf", string.Empty, "ICS"];

    private static readonly string[] Zones = ["UTC", "America/Los_Angeles", "Asia/Tokyo", "Pacific/Kiritimati", "Mars/Olympus", string.Empty, "etc/utc"];

    private static readonly string[] Words =
    [
        "validate", "agenda", "export", "import", "--tz", "--format", "--items", "-o", "--output", "--help", "-h", "-?", "--version",
        "--", "-", "[suggest]", "[suggest:3]", "[diagram]", "[env:X=1]", "help",
    ];

    /// <summary>Fragments of random tokens: no '/', so a random token names nothing outside work/, and nothing that
    /// spells a pipe or device of work/.</summary>
    private static readonly string[] Fragments =
    [
        "-", "--", "a", "x", "json", "ics", "=", ":", "@", "[", "]", "suggest", "\n", "\u001b", "ł", "📚", " ", "0", "9", "tz", "o",
        "format", "items", "help", "h", "?", ".", "\t", "\u202E", "\0",
    ];

    private readonly Sandbox _sandbox = new();
    private readonly string _previousFolder = Environment.CurrentDirectory;

    public void Dispose()
    {
        Environment.CurrentDirectory = _previousFolder;
        _sandbox.Dispose();
    }

    private static Gen<string> RandomToken { get; } = Gen.OneOf(Fragments).Array[0, 4].Select(string.Concat);

    private static Gen<string[]> Structured { get; } = Gen.OneOf(
        Gen.OneOf(Inputs).Select(input => new[] { "validate", input }),
        Gen.Select(Gen.OneOf(Inputs), Gen.Bool, Gen.Frequency((4, Gen.OneOf(Zones)), (1, RandomToken)),
            (input, shift, zone) => shift ? new[] { "agenda", input, "--tz", zone } : ["agenda", input]),
        Gen.Select(Gen.OneOf(Inputs), Gen.OneOf(Formats), Gen.Bool, Gen.Int[0, 2], Gen.OneOf(Outputs),
            (input, format, items, write, target) => new[] { "export", input, "--format", format }
                .Concat(items ? ["--items"] : [])
                .Concat(write switch { 0 => [], 1 => ["-o", target], _ => ["--output", target] })
                .ToArray()),
        Gen.Select(Gen.OneOf(Inputs), Gen.Int[0, 2], Gen.OneOf(Outputs),
            (input, write, target) => new[] { "import", input }.Concat(write switch { 0 => [], 1 => ["-o", target], _ => ["--output", target] }).ToArray()));

    private static Gen<string[]> Mutated { get; } = Gen.Select(Structured, Gen.Int[0, 5], Gen.Int[0, 20], Gen.Int[0, 20], RandomToken,
        (args, kind, i, j, token) =>
        {
            var list = args.ToList();
            i %= list.Count + 1;
            j %= Math.Max(1, list.Count);
            switch (kind)
            {
                case 1:
                    list.Insert(i, token);
                    break;
                case 2 when list.Count > 0:
                    list.RemoveAt(j);
                    break;
                case 3 when list.Count > 1:
                    (list[j], list[(j + 1) % list.Count]) = (list[(j + 1) % list.Count], list[j]);
                    break;
                case 4:
                    var line = string.Join(' ', list);
                    return [$"[suggest:{i % (line.Length + 1)}]", line];
                case 5 when list.Count > 0:
                    list.Insert(i, list[j]);
                    break;
            }

            return list.ToArray();
        });

    private static Gen<string[]> Unstructured { get; } =
        Gen.Frequency((3, Gen.OneOf(Words)), (2, Gen.OneOf(Inputs)), (2, RandomToken)).Array[0, 6];

    [Fact]
    public void RandomArgumentVectors_EndInZeroOneOrTwo_AndTouchNothingOutsideTheWorkFolder()
    {
        var before = _sandbox.Snapshot();
        var tally = new RunTally();
        Environment.CurrentDirectory = _sandbox.Work;
        var guarded = 0;

        Gen.Frequency((5, Structured), (3, Mutated), (2, Unstructured)).Sample(args =>
        {
            if (WouldRead(args, Sandbox.NeverInputs))
            {
                // A pipe would block the read for ever and a device never ends: what -o does with them is the point.
                guarded++;
                return;
            }

            tally.Record(args, Tool.Run(args), _sandbox);
        }, iter: Iterations(1500), threads: 1, print: args => string.Join(" | ", args));

        Environment.CurrentDirectory = _previousFolder;
        output.WriteLine($"argument vectors: {tally} ({guarded} left out: they would read work/fifo or work/device)");
        Assert.True(tally.Violations.Count == 0, $"{tally.Violations.Count} of {tally.Runs} runs broke a rule:\n\n{string.Join("\n\n", tally.Violations.Take(5))}");
        Assert.Equal(before, _sandbox.Snapshot());
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(_sandbox.Work, "existing.json")));
        }
    }

    [Fact]
    public void MutatedDocuments_ThroughEveryCommand_EndInZeroOneOrTwo_AndTouchNothingOutsideTheWorkFolder()
    {
        var before = _sandbox.Snapshot();
        var tally = new RunTally();
        Environment.CurrentDirectory = _sandbox.Work;
        var documents = new[]
        {
            SeedDocuments.Seed,
            SeedDocuments.OnOneDay("9999-12-31", "America/Los_Angeles"),
            SeedDocuments.OnOneDay("-9998-01-01", "Asia/Tokyo", "00:00:00", "08:00:00"),
            SeedDocuments.OnOneDay("2011-03-27", "Europe/Warsaw", "01:00:00", "04:00:00"),
        };
        var calendars = new[] { _sandbox.SeedCalendar, File.ReadAllText(Path.Combine(_sandbox.Work, "three.ics")) };
        var generated = Gen.Select(Gen.Bool, Gen.Int[0, 3], TextMutation.Any.Array[1, 4], (calendar, pick, mutations) =>
            (calendar, text: mutations.Aggregate(calendar ? calendars[pick % calendars.Length] : documents[pick], (text, m) => m.Apply(text, calendar)), mutations));
        var commands = new[]
        {
            new[] { "validate", "gen.json" },
            ["agenda", "gen.json"],
            ["agenda", "gen.json", "--tz", "Pacific/Kiritimati"],
            ["export", "gen.json", "--format", "json", "-o", "gen-out"],
            ["export", "gen.json", "--format", "ics", "--items", "-o", "gen-out"],
            ["export", "gen.json", "--format", "schedule-xml"],
            ["export", "gen.json", "--format", "schedule-json", "-o", "existing.json"],
            ["import", "gen.ics"],
            ["import", "gen.ics", "-o", "imp"],
            ["import", "gen.ics", "-o", "gen-import.json"],
            ["validate", "gen.ics"],
        };

        generated.Sample(t =>
        {
            _sandbox.Write(t.calendar ? "gen.ics" : "gen.json", t.text);
            foreach (var args in commands.Where(c => c[1].EndsWith(t.calendar ? ".ics" : ".json", StringComparison.Ordinal)))
            {
                tally.Record(args, Tool.Run(args), _sandbox);
            }
        }, iter: Iterations(300), threads: 1, print: t => $"{(t.calendar ? "calendar" : "document")} with {string.Join(", ", t.mutations.AsEnumerable())}");

        Environment.CurrentDirectory = _previousFolder;
        output.WriteLine($"documents: {tally}");
        Assert.True(tally.Violations.Count == 0, $"{tally.Violations.Count} of {tally.Runs} runs broke a rule:\n\n{string.Join("\n\n", tally.Violations.Take(5))}");
        Assert.Equal(before, _sandbox.Snapshot());
    }

    /// <summary>Whether a run of <paramref name="args"/> would read one of <paramref name="names"/> as its input file.</summary>
    private static bool WouldRead(string[] args, string[] names)
    {
        using var quiet = new StringWriter();
        try
        {
            var parse = CliApplication.Parse(args, new CliConsole(quiet, quiet));
            return parse.Errors.Count == 0 && parse.GetValue<string>("FILE") is { Length: > 0 } file && !file.Contains('\0', StringComparison.Ordinal)
                && names.Any(n => string.Equals(Path.GetFullPath(file), Path.GetFullPath(n), StringComparison.Ordinal));
        }
        catch (InvalidOperationException)
        {
            return false; // No FILE to read (help, a parse error); the run itself meets the rest.
        }
    }

    /// <summary>The iterations: the given number, or PRB_FUZZ_ITERATIONS from the environment for a longer hunt.</summary>
    private static long Iterations(long usual) =>
        long.TryParse(Environment.GetEnvironmentVariable("PRB_FUZZ_ITERATIONS"), out var hunt) && hunt > 0 ? hunt : usual;
}
