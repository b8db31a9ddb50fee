namespace Prb.Events.Cli.Tests.Support;

/// <summary>Runs the command line in process, as <c>prb-events</c> would run, and gives back what it wrote.</summary>
internal static class Tool
{
    /// <summary>Runs <paramref name="args"/>; standard output and error are captured as text.</summary>
    public static async Task<CliResult> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApplication.RunAsync(args, new CliConsole(output, error));
        return new CliResult(code, output.ToString(), error.ToString());
    }

    /// <summary>Runs <paramref name="args"/> and waits (for property tests, which are synchronous).</summary>
    public static CliResult Run(params string[] args) => RunAsync(args).GetAwaiter().GetResult();
}
