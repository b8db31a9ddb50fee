namespace Prb.Events;

/// <summary>What a <see cref="DiagnosticLocation"/> names.</summary>
public enum DiagnosticLocationKind
{
    /// <summary>A value of an event document, by its path, such as <c>agenda[3].end</c>.</summary>
    DocumentPath,

    /// <summary>A position in input text read into events, such as an iCalendar file, by its 1-based line and column.</summary>
    Input,
}
