using System.Diagnostics;
using System.Text.Json;

namespace Prb.Events.Ical.Tests.TestSupport;

/// <summary>Runs Mozilla's ical.js (tests/icaljs) on an .ics file and returns each VEVENT's UID with its UTC start and end.</summary>
internal static class IcalJs
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    internal sealed record Times(string Uid, string Start, string End);

    internal sealed record Occurrence(string Uid, string Start, string End, string Summary);

    internal static IReadOnlyList<Times> Read(byte[] ics) => Run<Times>("print-events.mjs", ics);

    /// <summary>Expands every VEVENT with ical.js's own RRULE iterator (expand-events.mjs): EXDATEs left out, RECURRENCE-ID
    /// VEVENTs in place of the occurrences they replace, at most <paramref name="max"/> occurrences per series.</summary>
    internal static IReadOnlyList<Occurrence> Expand(byte[] ics, NodaTime.Instant until, int max = 5000) =>
        Run<Occurrence>("expand-events.mjs", ics, NodaTime.Text.InstantPattern.ExtendedIso.Format(until),
            max.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static T[] Run<T>(string script, byte[] ics, params string[] arguments)
    {
        var folder = RepositoryRoot.PathOf("tests", "icaljs");
        // The test project's build installs both (tests/Directory.Build.targets); these say how when it could not.
        var node = FindOnPath("node") ?? throw new Xunit.Sdk.XunitException(
            "Node.js is not installed, so ical.js cannot run. Install it with: apt-get update && apt-get install -y nodejs npm");
        Assert.True(Directory.Exists(Path.Combine(folder, "node_modules", "ical.js")),
            "ical.js is not installed in tests/icaljs. Install it with: eng/test-tools.sh icaljs");

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
            start.ArgumentList.Add(script);
            start.ArgumentList.Add(file);
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            Assert.True(process.WaitForExit(60_000), "ical.js did not finish within a minute.");
            Assert.True(process.ExitCode == 0, $"ical.js failed (exit {process.ExitCode}): {error.Result}");
            return JsonSerializer.Deserialize<T[]>(output.Result, Json)!;
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
