namespace Prb.Events.Cli;

/// <summary>A failure the command line knows and reports as one line: unreadable input, a refused output, a document
/// the library cannot work with. <see cref="CliApplication"/> prints the message (escaped) and exits with
/// <see cref="ExitCode"/>.</summary>
internal sealed class CliFailure : Exception
{
    /// <summary>Initializes a failure.</summary>
    /// <param name="exitCode">The exit code: <see cref="ExitCodes.Diagnostics"/> or <see cref="ExitCodes.Unreadable"/>.</param>
    /// <param name="message">The message, naming the file it is about.</param>
    /// <param name="innerException">The exception that was turned into this failure, if any.</param>
    public CliFailure(int exitCode, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        ExitCode = exitCode;
    }

    /// <summary>Gets the exit code of the run that ends in this failure.</summary>
    public int ExitCode { get; }

    /// <summary>A failure with exit code <see cref="ExitCodes.Unreadable"/>.</summary>
    public static CliFailure Unreadable(string message, Exception? innerException = null) =>
        new(ExitCodes.Unreadable, message, innerException);
}
