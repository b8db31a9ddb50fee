namespace Prb.Events;

/// <summary>The outcome of validating an event: every diagnostic found, in document order.</summary>
public sealed class ValidationResult
{
    /// <summary>Initializes a result.</summary>
    /// <param name="diagnostics">The diagnostics.</param>
    /// <exception cref="ArgumentNullException"><paramref name="diagnostics"/> is null.</exception>
    public ValidationResult(IEnumerable<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        Diagnostics = diagnostics.ToArray();
    }

    /// <summary>Gets every diagnostic.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Gets whether no diagnostic is an error.</summary>
    public bool IsValid => !Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>Gets the diagnostics that are errors.</summary>
    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>Gets the diagnostics that are warnings.</summary>
    public IEnumerable<Diagnostic> Warnings => Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning);
}
