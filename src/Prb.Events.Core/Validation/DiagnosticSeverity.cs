namespace Prb.Events;

/// <summary>How serious a diagnostic is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Worth knowing; nothing is wrong.</summary>
    Info,

    /// <summary>Probably a mistake, but the event can be published.</summary>
    Warning,

    /// <summary>The event is not sound and should not be published until it is fixed.</summary>
    Error,
}
