using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Prb.Events.Testing;

/// <summary>
/// A throwaway PostgreSQL cluster: <c>initdb</c> into a temporary folder, <c>pg_ctl start</c> on a free port of
/// 127.0.0.1, stopped and deleted on dispose. PostgreSQL refuses to run as root, so under root the server runs as the
/// <c>postgres</c> user (<c>runuser</c>), in a folder it owns. Each test asks for a database of its own.
/// </summary>
/// <remarks>A test process that is killed (a mutation-testing run kills the test host of a mutant that hangs) never
/// stops its cluster. So each cluster's folder names the process that owns it, and a new cluster first stops and
/// deletes the clusters whose owner is gone.</remarks>
/// <remarks>Shared by the test projects that declare <c>&lt;PrbTestTools&gt;postgresql&lt;/PrbTestTools&gt;</c>
/// (tests/Directory.Build.targets links it in) and by benchmarks/Prb.Events.Scale.Benchmarks. Free of xunit: the
/// collection that shares one cluster among a project's tests is <c>PostgresTests.cs</c> beside it.</remarks>
public sealed class PostgresCluster : IDisposable
{
    /// <summary>The one command that installs what the cluster needs, given when it is missing.</summary>
    public const string InstallCommand = "eng/test-tools.sh postgresql (or: apt-get update && apt-get install -y postgresql)";

    private const string FolderPrefix = "prb-pg-";
    private const string OwnerFile = "owner";
    private static readonly bool IsRoot = Environment.UserName == "root";
    private readonly string _folder;
    private readonly string _data;
    private readonly string _pgCtl;
    private int _databases;

    /// <summary>Starts a cluster for tests: without fsync, since nothing in it needs to outlive a crash.</summary>
    public PostgresCluster()
        : this(durable: false)
    {
    }

    /// <summary>Starts a cluster.</summary>
    /// <param name="durable">Whether commits are flushed to the disk as a production server does (fsync on), for
    /// benchmarks that compare writes with a store that flushes; tests leave it off.</param>
    internal PostgresCluster(bool durable)
    {
        var bin = FindBin() ?? throw new InvalidOperationException($"PostgreSQL's initdb and pg_ctl are not installed. Run: {InstallCommand}");
        _pgCtl = Path.Combine(bin, "pg_ctl");
        StopOrphans(_pgCtl);
        _folder = Path.Combine(Path.GetTempPath(), FolderPrefix + Guid.NewGuid().ToString("N"));
        _data = Path.Combine(_folder, "data");
        Directory.CreateDirectory(_folder);
        File.WriteAllText(Path.Combine(_folder, OwnerFile), OwnerOf(Environment.ProcessId));
        if (IsRoot)
        {
            Run(_folder, "chown", ["postgres:postgres", _folder], asPostgres: false);
        }

        Port = FreePort();
        Run(_folder, Path.Combine(bin, "initdb"), ["-D", _data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-locale", "--no-sync"], asPostgres: true);
        var fsync = durable ? "on" : "off";
        Run(_folder, _pgCtl, ["start", "-D", _data, "-l", Path.Combine(_folder, "server.log"), "-w", "-t", "120",
            "-o", $"-p {Port} -k {_folder} -c listen_addresses=127.0.0.1 -c fsync={fsync} -c max_connections=200"], asPostgres: true);
    }

    /// <summary>Gets the port the server listens on.</summary>
    public int Port { get; }

    /// <summary>Gets the connection string of the maintenance database.</summary>
    public string AdminConnectionString => ConnectionString("postgres");

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = $"prb_test_{Interlocked.Increment(ref _databases)}";
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await command.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    /// <summary>Stops the server and deletes its folder.</summary>
    public void Dispose()
    {
        try
        {
            Run(_folder, _pgCtl, ["stop", "-D", _data, "-m", "immediate", "-w", "-t", "60"], asPostgres: true);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            Directory.Delete(_folder, recursive: true);
        }
    }

    private string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = "postgres",
        Database = database,
        Timeout = 60,
        CommandTimeout = 120,
    }.ConnectionString;

    /// <summary>initdb and pg_ctl from PATH, else from the newest of Debian's /usr/lib/postgresql/*/bin.</summary>
    private static string? FindBin()
    {
        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            if (File.Exists(Path.Combine(folder, "initdb")) && File.Exists(Path.Combine(folder, "pg_ctl")))
            {
                return folder;
            }
        }

        return Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(d => Path.Combine(d, "bin"))
                .Where(b => File.Exists(Path.Combine(b, "initdb")) && File.Exists(Path.Combine(b, "pg_ctl")))
                .OrderByDescending(b => int.TryParse(Path.GetFileName(Path.GetDirectoryName(b)), out var v) ? v : 0)
                .FirstOrDefault()
            : null;
    }

    /// <summary>The text that names a running process in a cluster's owner file: its id and when it started, so that a
    /// later process with the same id is not taken for the owner.</summary>
    private static string OwnerOf(int processId) =>
        StartTicksOf(processId) is { } ticks ? $"{processId} {ticks}" : string.Empty;

    /// <summary>When a process started, in UTC ticks, or null when no process has that id.</summary>
    private static long? StartTicksOf(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return process.StartTime.ToUniversalTime().Ticks;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>Whether the process an owner file names still runs. On Linux .NET derives a start time from the time
    /// since boot at each call, so two readings of one process differ by a little: a later process with the same id
    /// would have started seconds or more later.</summary>
    private static bool OwnerRuns(string text)
    {
        var parts = text.Split(' ');
        if (parts.Length != 2 || !int.TryParse(parts[0], out var processId) || !long.TryParse(parts[1], out var recorded))
        {
            return true; // not an owner file this code wrote: left alone
        }

        return StartTicksOf(processId) is { } ticks && Math.Abs(ticks - recorded) < TimeSpan.TicksPerSecond;
    }

    /// <summary>Stops and deletes the clusters of this machine's test processes that ended without stopping them.
    /// Folders without an owner file, or whose owner still runs, are left alone.</summary>
    private static void StopOrphans(string pgCtl)
    {
        foreach (var folder in Directory.GetDirectories(Path.GetTempPath(), FolderPrefix + "*"))
        {
            try
            {
                var owner = Path.Combine(folder, OwnerFile);
                if (!File.Exists(owner))
                {
                    continue;
                }

                if (OwnerRuns(File.ReadAllText(owner)))
                {
                    continue;
                }

                var data = Path.Combine(folder, "data");
                if (File.Exists(Path.Combine(data, "postmaster.pid")))
                {
                    try
                    {
                        Run(folder, pgCtl, ["stop", "-D", data, "-m", "immediate", "-w", "-t", "60"], asPostgres: true);
                    }
                    catch (InvalidOperationException)
                    {
                        // Its server is not running any more (a stale postmaster.pid): only the folder is left.
                    }
                }

                Directory.Delete(folder, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Another process is sweeping the same folder: it is left to that one.
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void Run(string folder, string program, IReadOnlyList<string> arguments, bool asPostgres)
    {
        var start = new ProcessStartInfo
        {
            FileName = asPostgres && IsRoot ? "runuser" : program,
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (asPostgres && IsRoot)
        {
            foreach (var a in (string[])["-u", "postgres", "--", program])
            {
                start.ArgumentList.Add(a);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} did not finish in 3 minutes.");
        }

        if (process.ExitCode != 0)
        {
            var log = Path.Combine(folder, "server.log");
            throw new InvalidOperationException(
                $"{program} {string.Join(' ', arguments)} failed ({process.ExitCode}): {output.Result} {error.Result} {(File.Exists(log) ? File.ReadAllText(log) : "")}");
        }
    }
}
