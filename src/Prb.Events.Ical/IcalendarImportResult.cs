using Prb.Events.Ical.Internal;

namespace Prb.Events.Ical;

/// <summary>What an import gives: the events read, and a diagnostic for everything that was skipped, changed or assumed.</summary>
public sealed class IcalendarImportResult
{
    /// <summary>Initializes a result.</summary>
    /// <param name="events">The events.</param>
    /// <param name="diagnostics">The diagnostics, in input order.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public IcalendarImportResult(IEnumerable<Event> events, IEnumerable<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(diagnostics);
        Events = events.ToArray();
        Diagnostics = diagnostics.ToArray();
    }

    /// <summary>Gets the events, in input order; each VEVENT RELATED-TO another VEVENT of the input is an agenda item of that event.</summary>
    public IReadOnlyList<Event> Events { get; }

    /// <summary>Gets the diagnostics. Paths name the input line and the property or component, such as <c>line 42: DTSTART</c>;
    /// codes are those of <see cref="IcalendarDiagnosticCodes"/>.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Gets whether a diagnostic is an error: some component of the input was not imported.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>Gets the work the import that made this result did, for tests to bound by the size of the input;
    /// nothing counted for a result made with the public constructor.</summary>
    internal ImportWork Work { get; init; } = new();
}
