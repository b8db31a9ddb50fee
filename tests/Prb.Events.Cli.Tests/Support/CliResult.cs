namespace Prb.Events.Cli.Tests.Support;

/// <summary>What one run of the command line gave.</summary>
/// <param name="Code">The exit code.</param>
/// <param name="Output">The standard output.</param>
/// <param name="Error">The standard error.</param>
internal sealed record CliResult(int Code, string Output, string Error)
{
    /// <summary>Gets the lines of the standard error, without empty ones.</summary>
    public IReadOnlyList<string> ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Gets the lines of the standard output, without empty ones.</summary>
    public IReadOnlyList<string> OutputLines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Gets whether the run ended in the last line of defence rather than a known failure, or leaked a stack trace.</summary>
    public bool Crashed =>
        Error.Contains("unexpected failure", StringComparison.Ordinal)
        || Error.Contains("Unhandled exception", StringComparison.Ordinal)
        || ErrorLines.Any(l => l.TrimStart().StartsWith("at ", StringComparison.Ordinal) && l.Contains(" in ", StringComparison.Ordinal));

    /// <inheritdoc />
    public override string ToString() => $"exit {Code}\n--- stdout\n{Output}\n--- stderr\n{Error}";
}
