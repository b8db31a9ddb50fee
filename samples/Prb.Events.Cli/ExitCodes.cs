namespace Prb.Events.Cli;

/// <summary>The exit codes of prb-events.</summary>
internal static class ExitCodes
{
    /// <summary>Success: the document is valid, or the command did its work.</summary>
    public const int Success = 0;

    /// <summary>The document was read but has diagnostics (errors).</summary>
    public const int Diagnostics = 1;

    /// <summary>The input could not be read, or the command line is wrong.</summary>
    public const int Unreadable = 2;
}
