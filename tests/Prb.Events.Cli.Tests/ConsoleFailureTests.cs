using System.Diagnostics;
using System.Text;
using Prb.Events.Cli.Tests.Support;

namespace Prb.Events.Cli.Tests;

/// <summary>A standard output that cannot be written (a full disk, /dev/full) is a one-line failure with exit 2; an
/// exception nobody expected still ends in one line and exit 2, not a stack trace and exit 134.</summary>
public class ConsoleFailureTests
{
    private static readonly string Seed = RepositoryRoot.SeedDocument;

    [Theory]
    [InlineData("validate")]
    [InlineData("agenda")]
    [InlineData("export")]
    public async Task OutputThatCannotBeWritten_ExitsTwoInOneLine(string command)
    {
        using var error = new StringWriter();
        var args = command == "export" ? new[] { command, Seed, "--format", "ics" } : [command, Seed];

        var code = await CliApplication.RunAsync(args, new CliConsole(new FailingWriter(new IOException("No space left on device")), error));

        Assert.Equal(2, code);
        Assert.Equal("(standard output): cannot write: No space left on device", error.ToString().TrimEnd());
    }

    [Fact]
    public async Task UnexpectedException_IsTheLastLineOfDefence_OneLineAndExitTwo()
    {
        using var error = new StringWriter();

        var code = await CliApplication.RunAsync(["validate", Seed], new CliConsole(new FailingWriter(new InvalidOperationException("boom\nsecond line")), error));

        Assert.Equal(2, code);
        Assert.Equal(@"prb-events: unexpected failure (InvalidOperationException): boom\nsecond line", error.ToString().TrimEnd());
    }

    [Fact]
    public async Task Interrupted_ExitsWithTheSignalsCode()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        var code = await CliApplication.RunAsync(["validate", Seed], new CliConsole(output, error), cancelled.Token);

        Assert.Equal(130, code);
        Assert.Equal("prb-events: interrupted.", error.ToString().TrimEnd());
    }

    [Fact]
    public async Task TheProcess_WithItsOutputOnDevFull_ExitsTwoInOneLine()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var (code, error) = await RunProcessAsync($"exec dotnet \"$CLI\" export \"$SEED\" --format ics > /dev/full");

        Assert.Equal(2, code);
        Assert.StartsWith("(standard output): cannot write: ", Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheProcess_OnADocumentPastTheLastInstant_ExitsTwoNot134()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        using var folder = new TempFolder();
        var path = folder.Write("la.json", SeedDocuments.OnOneDay("9999-12-31", "America/Los_Angeles"));

        var (code, error) = await RunProcessAsync($"exec dotnet \"$CLI\" agenda '{path}'");

        Assert.InRange(code, 1, 2);
        Assert.DoesNotContain("Unhandled exception", error, StringComparison.Ordinal);
        Assert.All(error.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => Assert.StartsWith(path, l, StringComparison.Ordinal));
    }

    private static async Task<(int Code, string Error)> RunProcessAsync(string script)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        start.Environment["CLI"] = Path.Combine(AppContext.BaseDirectory, "Prb.Events.Cli.dll");
        start.Environment["SEED"] = Seed;
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await error);
    }

    /// <summary>A writer whose every write throws <see cref="_failure"/>.</summary>
    private sealed class FailingWriter(Exception failure) : TextWriter
    {
        private readonly Exception _failure = failure;

        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => throw _failure;

        public override Task WriteAsync(char value) => throw _failure;

        public override Task WriteAsync(string? value) => throw _failure;

        public override Task WriteLineAsync(string? value) => throw _failure;

        public override Task FlushAsync() => throw _failure;

        public override Task FlushAsync(CancellationToken cancellationToken) => throw _failure;
    }
}
