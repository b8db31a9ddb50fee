using Prb.Events.Internal;

namespace Prb.Events;

/// <summary>One problem found in an event: a stable code, a severity, the document path of the value and a message.</summary>
/// <remarks>Paths use the names of the JSON document, such as <c>agenda[3].end</c> or <c>contacts[0].email</c>.</remarks>
public sealed class Diagnostic
{
    /// <summary>Initializes a diagnostic.</summary>
    /// <param name="code">The stable code, one of <see cref="DiagnosticCodes"/>.</param>
    /// <param name="severity">The severity.</param>
    /// <param name="path">The document path of the value; empty for the whole document.</param>
    /// <param name="message">What is wrong, for a person.</param>
    /// <param name="relatedPath">The path of a second value involved, such as the item an item overlaps; optional.</param>
    /// <exception cref="ArgumentNullException">A required value is null.</exception>
    public Diagnostic(string code, DiagnosticSeverity severity, string path, string message, string? relatedPath = null)
    {
        Code = Preconditions.CheckNotNull(code);
        Preconditions.CheckDefined(severity, nameof(severity));
        Severity = severity;
        Path = Preconditions.CheckNotNull(path);
        Message = Preconditions.CheckNotNull(message);
        RelatedPath = relatedPath;
    }

    /// <summary>Gets the stable code.</summary>
    public string Code { get; }

    /// <summary>Gets the severity.</summary>
    public DiagnosticSeverity Severity { get; }

    /// <summary>Gets the document path of the value.</summary>
    public string Path { get; }

    /// <summary>Gets the message.</summary>
    public string Message { get; }

    /// <summary>Gets the path of a second value involved, or null.</summary>
    public string? RelatedPath { get; }

    /// <summary>Makes an error at a document path.</summary>
    internal static Diagnostic Error(string code, string path, string message, string? relatedPath = null) =>
        new(code, DiagnosticSeverity.Error, path, message, relatedPath);

    /// <summary>Formats the diagnostic on one line: <c>error PRB1002 agenda[3].end: message</c>.</summary>
    /// <returns>The line.</returns>
    public override string ToString() =>
        $"{Severity.ToString().ToLowerInvariant()} {Code} {(Path.Length == 0 ? "(document)" : Path)}: {Message}";
}
