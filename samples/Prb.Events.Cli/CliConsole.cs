using Prb.Events.Cli.Text;

namespace Prb.Events.Cli;

/// <summary>Where a run writes: text for results and messages, and, for exports, the raw standard output (so that
/// the bytes of a format reach it unchanged by the console's encoding). Tests pass writers they can read.</summary>
internal sealed class CliConsole
{
    private readonly Func<Stream>? _openRawOutput;

    /// <summary>Initializes a console.</summary>
    /// <param name="output">Results: a validation report, an agenda, a document.</param>
    /// <param name="error">Messages and diagnostics, one per line.</param>
    /// <param name="openRawOutput">Opens the standard output as a stream, or null to write bytes through
    /// <paramref name="output"/> as UTF-8 text.</param>
    public CliConsole(TextWriter output, TextWriter error, Func<Stream>? openRawOutput = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        Output = output;
        Error = error;
        _openRawOutput = openRawOutput;
    }

    /// <summary>Gets the writer of results.</summary>
    public TextWriter Output { get; }

    /// <summary>Gets the writer of messages and diagnostics.</summary>
    public TextWriter Error { get; }

    /// <summary>Writes one line of results; text from documents, paths and exceptions in it is escaped.</summary>
    /// <exception cref="CliFailure">The standard output cannot be written (a full disk, a closed pipe).</exception>
    public async Task WriteLineAsync(string line)
    {
        try
        {
            await Output.WriteLineAsync(ConsoleText.Escape(line)).ConfigureAwait(false);
        }
        catch (IOException e)
        {
            throw OutputFailed(e);
        }
    }

    /// <summary>Writes one line of messages or diagnostics; text from documents, paths and exceptions in it is escaped.
    /// A standard error that cannot be written is ignored: the exit code still tells the outcome.</summary>
    public async Task ReportAsync(string line)
    {
        try
        {
            await Error.WriteLineAsync(ConsoleText.Escape(line)).ConfigureAwait(false);
        }
        catch (IOException)
        {
            // Nowhere left to say it.
        }
    }

    /// <summary>Writes bytes to the standard output: raw when it is the process's own, otherwise as UTF-8 text.</summary>
    /// <exception cref="CliFailure">The standard output cannot be written.</exception>
    public async Task WriteOutputAsync(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        try
        {
            await WriteRawAsync(bytes, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException e)
        {
            throw OutputFailed(e);
        }
    }

    private static CliFailure OutputFailed(IOException e) => CliFailure.Unreadable($"(standard output): cannot write: {e.Message}", e);

    private async Task WriteRawAsync(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        await Output.FlushAsync(cancellationToken).ConfigureAwait(false);
        if (_openRawOutput is null)
        {
            await Output.WriteAsync(System.Text.Encoding.UTF8.GetString(bytes.Span)).ConfigureAwait(false);
            return;
        }

        var stream = _openRawOutput();
        await using (stream.ConfigureAwait(false))
        {
            await stream.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
            await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
