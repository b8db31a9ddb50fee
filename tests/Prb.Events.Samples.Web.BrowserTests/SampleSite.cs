using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Text;

namespace Prb.Events.Samples.Web.BrowserTests;

/// <summary>
/// The real sample site in a child process: its own build output run by <c>dotnet</c> on a free loopback port, with the
/// sample project's folder as working directory so that <c>../events</c> and <c>wwwroot</c> resolve as in
/// <c>dotnet run</c>. A browser cannot reach WebApplicationFactory's in-memory server, hence Kestrel.
/// </summary>
public sealed class SampleSite : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly StringBuilder _log;

    private SampleSite(Process process, StringBuilder log, Uri baseAddress)
    {
        _process = process;
        _log = log;
        BaseAddress = baseAddress;
    }

    /// <summary>Gets the site's root, such as <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>Gets what the site has written to its standard output and error so far.</summary>
    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    public static async Task<SampleSite> StartAsync(IDictionary<string, string>? environment = null)
    {
        var repository = RepositoryRoot.Folder;
        var projectFolder = Path.Combine(repository, "samples", "Prb.Events.Samples.Web");
        var configuration = typeof(SampleSite).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "SampleConfiguration").Value!;
        var dll = Path.Combine(projectFolder, "bin", configuration, "net10.0", "Prb.Events.Samples.Web.dll");
        if (!File.Exists(dll))
        {
            throw new InvalidOperationException($"The sample site is not built: {dll} is missing. Build the test project (it builds the sample first).");
        }

        var port = FreePort();
        var baseAddress = new Uri($"http://127.0.0.1:{port}/");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = projectFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var log = new StringBuilder();
        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(log, e.Data);
        process.ErrorDataReceived += (_, e) => Append(log, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var site = new SampleSite(process, log, baseAddress);
        try
        {
            await site.WaitUntilAnsweringAsync();
        }
        catch
        {
            await site.DisposeAsync();
            throw;
        }

        return site;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            try
            {
                await _process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                // Killed; the process table will reap it.
            }
        }

        _process.Dispose();
    }

    private async Task WaitUntilAnsweringAsync()
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The sample site exited with code {_process.ExitCode} before answering.\n{Log}");
            }

            try
            {
                using var response = await client.GetAsync("events");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            if (deadline.Elapsed > StartTimeout)
            {
                throw new TimeoutException($"The sample site did not answer on {BaseAddress} within {StartTimeout.TotalSeconds} s.\n{Log}");
            }

            await Task.Delay(200);
        }
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

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
