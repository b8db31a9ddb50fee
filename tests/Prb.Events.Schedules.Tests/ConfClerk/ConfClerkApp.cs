using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Prb.Events.Schedules.Tests.ConfClerk;

/// <summary>
/// Runs the real ConfClerk (Debian's <c>confclerk</c> 0.7.1) on a virtual X display and has it import a schedule.xml
/// from a loopback HTTP server, the way an attendee does: Conferences (Ctrl+O), the "+" button, the URL, Open. Then
/// it reads what the app stored in its own SQLite database.
/// </summary>
/// <remarks>
/// <para>Deterministic: a fresh HOME (so a fresh database and settings), a display of its own (Xvfb picks a free
/// number and says when it is ready), a fixed screen and window size, TZ=UTC and a C.UTF-8 locale. Every step waits on
/// something it can observe — a window appearing, the database holding the conference with all its items — polling
/// with a deadline, never a fixed sleep; a step that never happens fails with what was being waited for, the visible
/// windows, the HTTP requests received and the app's output.</para>
/// <para>ConfClerk has no command line for importing; its dialogs are driven with xdotool. The "+" button is found by
/// its place in the Edit Conferences dialog (its top-left corner, where ConfClerk 0.7.1's layout puts it), because
/// the dialog's keyboard focus starts on the empty conference list, where Space makes ConfClerk 0.7.1 report an
/// OrmException instead.</para>
/// </remarks>
internal sealed class ConfClerkApp : IDisposable
{
    /// <summary>The command that installs what this needs; the test project's build runs it (tests/Directory.Build.targets).</summary>
    public const string InstallHint = "eng/test-tools.sh confclerk (it runs: apt-get update && apt-get install -y confclerk xvfb xdotool)";

    private static readonly TimeSpan StepTimeout = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(200);

    // Where ConfClerk 0.7.1 draws the "+" (add conference) button, from the dialog's top-left corner.
    private const int AddButtonX = 34;
    private const int AddButtonY = 32;

    private readonly string confclerk;
    private readonly string xvfb;
    private readonly string xdotool;
    private readonly DirectoryInfo home;
    private readonly StringBuilder appOutput = new();
    private readonly StringBuilder xvfbOutput = new();
    private readonly List<string> steps = [];
    private Process? display;
    private Process? app;
    private string displayName = string.Empty;

    private ConfClerkApp(string confclerk, string xvfb, string xdotool)
    {
        this.confclerk = confclerk;
        this.xvfb = xvfb;
        this.xdotool = xdotool;
        home = Directory.CreateTempSubdirectory("prb-confclerk-");
    }

    /// <summary>Gets the path of ConfClerk's database in the fresh HOME (the XDG data folder of ConfClerk 0.7 on Qt 5).</summary>
    private string DatabasePath => Path.Combine(home.FullName, ".local", "share", "Toastfreeware", "ConfClerk", "ConfClerk.sqlite");

    /// <summary>Serves a schedule.xml on 127.0.0.1, has a fresh ConfClerk import it from there, and reads back what ConfClerk stored.</summary>
    /// <param name="scheduleXml">The schedule.xml to import.</param>
    /// <param name="expectedEvents">How many items it holds: the import is complete when ConfClerk stored that many.</param>
    public static async Task<ConfClerkDatabase> ImportAsync(byte[] scheduleXml, int expectedEvents)
    {
        var confclerk = Tool("confclerk");
        var xvfb = Tool("Xvfb");
        var xdotool = Tool("xdotool");
        await using var server = new LoopbackHttpServer("/schedule.xml", scheduleXml, "application/xml; charset=utf-8");
        using var session = new ConfClerkApp(confclerk, xvfb, xdotool);
        return await session.ImportFromAsync(server, expectedEvents);
    }

    public void Dispose()
    {
        Stop(app);
        Stop(display);
        try
        {
            home.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A file still held open; the temporary folder is left for the system to clean.
        }
    }

    private async Task<ConfClerkDatabase> ImportFromAsync(LoopbackHttpServer server, int expectedEvents)
    {
        StartDisplay();
        StartApp();

        var main = await WaitForAsync("ConfClerk's main window", () => VisibleWindow("--classname", "confclerk"), server);
        Run("windowmove", main, "0", "0");
        Run("windowsize", main, "960", "640");

        Run("windowfocus", "--sync", main);
        Run("key", "--clearmodifiers", "ctrl+o");
        var editor = await WaitForAsync("the Edit Conferences dialog after Ctrl+O", () => VisibleWindow("--name", "^Edit Conferences$"), server);

        Run("mousemove", "--window", editor, "--sync", AddButtonX.ToString(CultureInfo.InvariantCulture), AddButtonY.ToString(CultureInfo.InvariantCulture), "click", "1");
        var urlInput = await WaitForAsync("the URL Input dialog after clicking + in Edit Conferences", () => VisibleWindow("--name", "^URL Input$"), server);

        Run("windowfocus", "--sync", urlInput);
        Run("type", "--delay", "10", server.Url.AbsoluteUri);
        Run("key", "Return");

        return await WaitForAsync($"ConfClerk's database ({DatabasePath}) to hold one conference with its {expectedEvents} items", () =>
        {
            if (VisibleWindow("--name", "^Error$") is not null)
            {
                throw new Xunit.Sdk.XunitException($"ConfClerk showed an error dialog while importing {server.Url}. {Diagnostics(server)}");
            }

            return ConfClerkDatabase.TryRead(DatabasePath, expectedEvents);
        }, server);
    }

    private void StartDisplay()
    {
        var start = new ProcessStartInfo(xvfb)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // -displayfd: Xvfb picks a free display and writes its number once it accepts clients.
        foreach (var argument in new[] { "-displayfd", "1", "-screen", "0", "1280x800x24", "-nolisten", "tcp", "-noreset" })
        {
            start.ArgumentList.Add(argument);
        }

        display = Process.Start(start) ?? throw new InvalidOperationException("Xvfb did not start.");
        display.ErrorDataReceived += (_, e) => Append(xvfbOutput, e.Data);
        display.BeginErrorReadLine();
        var line = display.StandardOutput.ReadLineAsync();
        if (!line.Wait(StepTimeout) || !int.TryParse(line.Result, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            throw new Xunit.Sdk.XunitException($"Xvfb did not report a display within {StepTimeout.TotalSeconds} s. Xvfb said: {Text(xvfbOutput)}");
        }

        displayName = ":" + number.ToString(CultureInfo.InvariantCulture);
        steps.Add($"Xvfb on {displayName}");
    }

    private void StartApp()
    {
        var runtime = home.CreateSubdirectory("run");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(runtime.FullName, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        var start = new ProcessStartInfo(confclerk)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = home.FullName,
        };
        var environment = start.Environment;
        environment["HOME"] = home.FullName;
        environment["DISPLAY"] = displayName;
        environment["XDG_RUNTIME_DIR"] = runtime.FullName;
        environment["XDG_CONFIG_HOME"] = Path.Combine(home.FullName, ".config");
        environment["XDG_DATA_HOME"] = Path.Combine(home.FullName, ".local", "share");
        environment["XDG_CACHE_HOME"] = Path.Combine(home.FullName, ".cache");
        environment["TZ"] = "UTC";
        environment["LANG"] = "C.UTF-8";
        environment["LC_ALL"] = "C.UTF-8";
        environment["QT_QPA_PLATFORM"] = "xcb";
        environment["QT_SCALE_FACTOR"] = "1";
        environment["QT_AUTO_SCREEN_SCALE_FACTOR"] = "0";
        environment["QT_ACCESSIBILITY"] = "0";
        environment["NO_AT_BRIDGE"] = "1";
        environment["DBUS_SESSION_BUS_ADDRESS"] = "disabled:";
        environment.Remove("WAYLAND_DISPLAY");
        environment.Remove("http_proxy");
        environment.Remove("HTTP_PROXY");

        app = Process.Start(start) ?? throw new InvalidOperationException("ConfClerk did not start.");
        app.OutputDataReceived += (_, e) => Append(appOutput, e.Data);
        app.ErrorDataReceived += (_, e) => Append(appOutput, e.Data);
        app.BeginOutputReadLine();
        app.BeginErrorReadLine();
        steps.Add("ConfClerk started");
    }

    private async Task<T> WaitForAsync<T>(string what, Func<T?> probe, LoopbackHttpServer server)
        where T : class
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (app is { HasExited: true })
            {
                throw new Xunit.Sdk.XunitException($"ConfClerk exited (code {app.ExitCode}) while waiting for {what}. {Diagnostics(server)}");
            }

            if (probe() is { } found)
            {
                steps.Add(what);
                return found;
            }

            if (clock.Elapsed > StepTimeout)
            {
                throw new Xunit.Sdk.XunitException($"Timed out after {StepTimeout.TotalSeconds} s waiting for {what}. {Diagnostics(server)}");
            }

            await Task.Delay(PollInterval);
        }
    }

    /// <summary>The first visible window that xdotool finds with the given search options, or null.</summary>
    private string? VisibleWindow(params string[] search)
    {
        var output = TryRun(["search", "--onlyvisible", .. search]);
        return output?.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
    }

    private void Run(params string[] arguments)
    {
        if (TryRun(arguments) is null)
        {
            throw new Xunit.Sdk.XunitException($"xdotool {string.Join(' ', arguments)} failed after: {string.Join("; ", steps)}. ConfClerk said: {Text(appOutput)}");
        }
    }

    /// <summary>Runs xdotool on the display; returns its output, or null when it failed or took longer than it may.</summary>
    private string? TryRun(string[] arguments)
    {
        var start = new ProcessStartInfo(xdotool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["DISPLAY"] = displayName;
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("xdotool did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(CommandTimeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            return null;
        }

        process.WaitForExit();
        _ = error.Result;
        return process.ExitCode == 0 ? output.Result : null;
    }

    private string Diagnostics(LoopbackHttpServer server)
    {
        var windows = new List<string>();
        foreach (var id in (TryRun(["search", "--onlyvisible", "--name", "."]) ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            windows.Add($"'{TryRun(["getwindowname", id])?.Trim()}'");
        }

        return $"Steps done: {string.Join("; ", steps)}. Visible windows: {(windows.Count == 0 ? "none" : string.Join(", ", windows))}. " +
            $"HTTP requests to {server.Url}: {(server.Requests.IsEmpty ? "none" : string.Join(", ", server.Requests))}. " +
            $"ConfClerk said: {Text(appOutput)} Xvfb said: {Text(xvfbOutput)}";
    }

    private static string Tool(string name)
    {
        foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).Append("/usr/bin"))
        {
            var path = Path.Combine(directory, name);
            if (File.Exists(path))
            {
                return path;
            }
        }

        throw new Xunit.Sdk.XunitException($"{name} is not installed, so ConfClerk cannot import the schedule. Install it with: {InstallHint}");
    }

    private static void Stop(Process? process)
    {
        if (process is null)
        {
            return;
        }

        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(CommandTimeout);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        process.Dispose();
    }

    private static void Append(StringBuilder log, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (log)
        {
            log.AppendLine(line);
        }
    }

    private static string Text(StringBuilder log)
    {
        lock (log)
        {
            return log.Length == 0 ? "(nothing)" : log.ToString().Trim();
        }
    }
}
