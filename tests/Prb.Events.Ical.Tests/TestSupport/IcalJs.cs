using System.Diagnostics;
using System.Text.Json;

namespace Prb.Events.Ical.Tests.TestSupport;

/// <summary>Runs Mozilla's ical.js (tests/icaljs) on an .ics file and returns each VEVENT's UID with its UTC start and end.</summary>
internal static class IcalJs
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    internal sealed record Times(string Uid, string Start, string End);

    internal static IReadOnlyList<Times> Read(byte[] ics)
    {
        var folder = RepositoryRoot.PathOf("tests", "icaljs");
        Assert.True(Directory.Exists(Path.Combine(folder, "node_modules", "ical.js")),
            $"ical.js is not installed: run `npm ci` in tests/icaljs ({folder}) before the tests.");
        var node = FindOnPath("node") ?? throw new Xunit.Sdk.XunitException("node is not on PATH: install Node.js (20 or later) to run the ical.js check.");

        var file = Path.Combine(Path.GetTempPath(), $"prb-icaljs-{Guid.NewGuid():N}.ics");
        File.WriteAllBytes(file, ics);
        try
        {
            var start = new ProcessStartInfo(node)
            {
                WorkingDirectory = folder,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add("print-events.mjs");
            start.ArgumentList.Add(file);
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            Assert.True(process.WaitForExit(60_000), "ical.js did not finish within a minute.");
            Assert.True(process.ExitCode == 0, $"ical.js failed (exit {process.ExitCode}): {error.Result}");
            return JsonSerializer.Deserialize<Times[]>(output.Result, Json)!;
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static string? FindOnPath(string name)
    {
        var names = OperatingSystem.IsWindows() ? new[] { name + ".exe", name + ".cmd" } : new[] { name };
        foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var candidate in names)
            {
                var path = Path.Combine(directory, candidate);
                if (File.Exists(path))
                {
                    return path;
                }
            }
        }

        return null;
    }
}
