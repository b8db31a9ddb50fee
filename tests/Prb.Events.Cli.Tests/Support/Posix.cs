using System.Diagnostics;
using Prb.Events.Cli.Files;

namespace Prb.Events.Cli.Tests.Support;

/// <summary>What the tests need of a Unix system: named pipes, device nodes, owners, through its own commands.</summary>
internal static class Posix
{
    /// <summary>Gets whether the tests run as root (user id 0), who may make device nodes and give files away.</summary>
    public static bool IsRoot => OperatingSystem.IsLinux() && Run("id", "-u").Trim() == "0";

    /// <summary>Makes a named pipe.</summary>
    public static void MakeFifo(string path) => Run("mkfifo", path);

    /// <summary>Makes a character device node (root only): 1,7 is /dev/full, 1,3 is /dev/null.</summary>
    public static void MakeCharacterDevice(string path, int major, int minor) =>
        Run("mknod", path, "c", major.ToString(System.Globalization.CultureInfo.InvariantCulture), minor.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Gives a file to a user and group (root only).</summary>
    public static void ChangeOwner(string path, string owner) => Run("chown", owner, path);

    /// <summary>Gets the status of a path without following a link.</summary>
    public static PathStatus Status(string path)
    {
        var errno = LinuxFileSystem.GetStatus(path, out var status);
        return errno == 0 || errno == LinuxFileSystem.NoEntry ? status : throw new IOException($"statx {path}: {LinuxFileSystem.Describe(errno)}");
    }

    private static string Run(string command, params string[] args)
    {
        var start = new ProcessStartInfo(command) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? output : throw new InvalidOperationException($"{command} {string.Join(' ', args)}: {error}");
    }
}
