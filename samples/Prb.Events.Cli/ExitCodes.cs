namespace Prb.Events.Cli;

/// <summary>The exit codes of prb-events; no run ends with another.</summary>
internal static class ExitCodes
{
    /// <summary>Success: the document is valid, or the command did its work.</summary>
    public const int Success = 0;

    /// <summary>The document was read but has diagnostics (errors), or a format cannot represent the event.</summary>
    public const int Diagnostics = 1;

    /// <summary>The command line is wrong, the input cannot be read or worked with, or the output was refused or
    /// could not be written.</summary>
    public const int Unreadable = 2;
}
