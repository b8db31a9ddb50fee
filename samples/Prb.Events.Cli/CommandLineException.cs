namespace Prb.Events.Cli;

/// <summary>The command line is wrong; the message says how.</summary>
internal sealed class CommandLineException(string message) : Exception(message);
