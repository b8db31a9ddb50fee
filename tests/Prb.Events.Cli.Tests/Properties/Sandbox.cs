using System.Security.Cryptography;
using Prb.Events.Cli.Files;
using Prb.Events.Cli.Tests.Support;

namespace Prb.Events.Cli.Tests.Properties;

/// <summary>A temporary folder laid out for hostile runs. <c>work/</c> is the current folder while they run: it holds
/// the inputs and every kind of thing an output path can name (a regular 0600 file, links, a named pipe, a device node
/// when root, folders). <c>outside/</c> holds files no run may touch, two of them behind links in <c>work/</c>.</summary>
internal sealed class Sandbox : IDisposable
{
    /// <summary>Names in work/ that a command must never read: opening a pipe blocks, a device never ends.</summary>
    public static readonly string[] NeverInputs = ["fifo", "device"];

    private readonly TempFolder _root = new();

    public Sandbox()
    {
        Work = Directory.CreateDirectory(_root["work"]).FullName;
        Outside = Directory.CreateDirectory(_root["outside"]).FullName;
        File.WriteAllText(Path.Combine(Outside, "target.txt"), "outside: the target of work/link.out");
        File.WriteAllText(Path.Combine(Outside, "keep.json"), SeedDocuments.Seed);

        Write("seed.json", SeedDocuments.Seed);
        Write("la.json", SeedDocuments.OnOneDay("9999-12-31", "America/Los_Angeles"));
        Write("tokyo.json", SeedDocuments.OnOneDay("-9998-01-01", "Asia/Tokyo", "00:00:00", "08:00:00"));
        Write("forged.json", SeedDocuments.WithTitles("Talk\nFORGED: line\u001b[2J"));
        Write("three.ics", Calendars.WithUids(["Event-A@x", "event-a@x", "EVENT-A@y"], ["First", "Second\\nFORGED", "Third"]));
        Write("garbage.bin", "\u0000\u00ff{BEGIN:VCALENDAR");
        var seedIcs = Path.Combine(Work, "seed.ics");
        var exported = Tool.Run("export", RepositoryRoot.SeedDocument, "--format", "ics", "--items", "-o", seedIcs);
        if (exported.Code != 0)
        {
            throw new InvalidOperationException(exported.ToString());
        }

        SeedCalendar = File.ReadAllText(seedIcs);
        Write("existing.json", "{}");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(Path.Combine(Work, "existing.json"), UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        File.CreateSymbolicLink(Path.Combine(Work, "link.out"), Path.Combine(Outside, "target.txt"));
        File.CreateSymbolicLink(Path.Combine(Work, "dangling"), Path.Combine(Outside, "none"));
        Directory.CreateDirectory(Path.Combine(Work, "dir"));
        Directory.CreateDirectory(Path.Combine(Work, "imp"));
        if (OperatingSystem.IsLinux())
        {
            Posix.MakeFifo(Path.Combine(Work, "fifo"));
            if (Posix.IsRoot)
            {
                Posix.MakeCharacterDevice(Path.Combine(Work, "device"), 1, 7);
            }
        }
    }

    /// <summary>Gets the folder the runs work in.</summary>
    public string Work { get; }

    /// <summary>Gets the folder no run may touch.</summary>
    public string Outside { get; }

    /// <summary>Gets the seed conference exported as iCalendar with its items.</summary>
    public string SeedCalendar { get; }

    /// <summary>Writes a file in work/.</summary>
    public string Write(string name, string content)
    {
        // Mutations may split a surrogate pair: such text is written with U+FFFD, as an editor would.
        var path = Path.Combine(Work, name);
        File.WriteAllText(path, content, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return path;
    }

    /// <summary>Describes what must not change: every file in outside/ (its time, mode and a hash of its content), the
    /// names beside work/, in the test's own folder and in the sample events, and the special files in work/ (links with
    /// their targets, the pipe, the device).</summary>
    public string Snapshot()
    {
        var lines = new List<string>();
        foreach (var path in Directory.GetFileSystemEntries(Outside, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var info = new FileInfo(path);
            var hash = info.Exists ? Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path))) : "folder";
            lines.Add($"{path} {info.LastWriteTimeUtc.Ticks} {(OperatingSystem.IsWindows() ? 0 : info.UnixFileMode)} {hash}");
        }

        lines.AddRange(Directory.GetFileSystemEntries(Path.GetDirectoryName(Work)!).Order(StringComparer.Ordinal));
        lines.AddRange(Directory.GetFileSystemEntries(AppContext.BaseDirectory).Order(StringComparer.Ordinal));
        lines.AddRange(Directory.GetFileSystemEntries(RepositoryRoot.PathOf("samples", "events")).Order(StringComparer.Ordinal));
        foreach (var name in new[] { "link.out", "dangling" })
        {
            lines.Add($"{name} -> {new FileInfo(Path.Combine(Work, name)).LinkTarget}");
        }

        if (OperatingSystem.IsLinux())
        {
            foreach (var name in NeverInputs.Append("link.out").Append("dangling").Append("existing.json"))
            {
                var path = Path.Combine(Work, name);
                lines.Add($"{name}: {(Path.Exists(path) || File.Exists(path) || new FileInfo(path).LinkTarget is not null ? Posix.Status(path).Kind : PathKind.Missing)}");
            }
        }

        return string.Join('\n', lines);
    }

    /// <summary>Gets the temporary files a writer left behind anywhere in work/.</summary>
    public IReadOnlyList<string> LeftoverTemporaryFiles() =>
        Directory.GetFiles(Work, ".prb-events-*.tmp", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 });

    public void Dispose() => _root.Dispose();
}
