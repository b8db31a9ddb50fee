using Prb.Events.Internal;

namespace Prb.Events;

/// <summary>One problem: a stable code, a severity, where it is and a message.</summary>
/// <remarks>The <see cref="Location"/> is a document path, such as <c>agenda[3].end</c>, for what
/// <see cref="EventValidator"/> and <see cref="EventScheduler"/> report, and a 1-based line and column for what an importer
/// reports about its input.</remarks>
public sealed class Diagnostic
{
    /// <summary>Initializes a diagnostic.</summary>
    /// <param name="code">The stable code, such as one of <see cref="DiagnosticCodes"/>.</param>
    /// <param name="severity">The severity.</param>
    /// <param name="location">Where the problem is.</param>
    /// <param name="message">What is wrong, for a person.</param>
    /// <param name="relatedLocation">Where a second value involved is, such as the item an item overlaps; optional.</param>
    /// <exception cref="ArgumentNullException">A required value is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="severity"/> is undefined.</exception>
    public Diagnostic(string code, DiagnosticSeverity severity, DiagnosticLocation location, string message, DiagnosticLocation? relatedLocation = null)
    {
        Code = Preconditions.CheckNotNull(code);
        Preconditions.CheckDefined(severity, nameof(severity));
        Severity = severity;
        Location = Preconditions.CheckNotNull(location);
        Message = Preconditions.CheckNotNull(message);
        RelatedLocation = relatedLocation;
    }

    /// <summary>Initializes a diagnostic at a document path.</summary>
    /// <param name="code">The stable code, one of <see cref="DiagnosticCodes"/>.</param>
    /// <param name="severity">The severity.</param>
    /// <param name="path">The document path of the value; empty for the whole document.</param>
    /// <param name="message">What is wrong, for a person.</param>
    /// <param name="relatedPath">The path of a second value involved, such as the item an item overlaps; optional.</param>
    /// <exception cref="ArgumentNullException">A required value is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="severity"/> is undefined.</exception>
    public Diagnostic(string code, DiagnosticSeverity severity, string path, string message, string? relatedPath = null)
        : this(code, severity, DiagnosticLocation.DocumentPath(path), message, relatedPath is null ? null : DiagnosticLocation.DocumentPath(relatedPath))
    {
    }

    /// <summary>Gets the stable code.</summary>
    public string Code { get; }

    /// <summary>Gets the severity.</summary>
    public DiagnosticSeverity Severity { get; }

    /// <summary>Gets where the problem is.</summary>
    public DiagnosticLocation Location { get; }

    /// <summary>Gets the message.</summary>
    public string Message { get; }

    /// <summary>Gets where a second value involved is, or null.</summary>
    public DiagnosticLocation? RelatedLocation { get; }

    /// <summary>Gets the document path of the value: <see cref="Location"/>'s <see cref="DiagnosticLocation.Path"/>, null
    /// when the location is a position in input text.</summary>
    public string? Path => Location.Path;

    /// <summary>Gets the document path of a second value involved: <see cref="RelatedLocation"/>'s
    /// <see cref="DiagnosticLocation.Path"/>, null when there is none or it is a position in input text.</summary>
    public string? RelatedPath => RelatedLocation?.Path;

    /// <summary>Formats the diagnostic on one line: <c>error PRB1002 agenda[3].end: message</c>, or
    /// <c>error PRB2005 line 7, column 1 (DTSTART): message</c>.</summary>
    /// <returns>The line.</returns>
    public override string ToString() => $"{Severity.ToString().ToLowerInvariant()} {Code} {Location}: {Message}";

    /// <summary>Makes an error at a document path.</summary>
    internal static Diagnostic Error(string code, string path, string message, string? relatedPath = null) =>
        new(code, DiagnosticSeverity.Error, path, message, relatedPath);
}
