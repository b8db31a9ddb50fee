namespace Prb.Events.Ical.Internal;

/// <summary>Where the importer's diagnostics point: the start of the content line at fault.</summary>
internal static class ContentLineLocation
{
    /// <summary>Returns the location of a content line: column 1 of the physical line it starts on (a content line
    /// always starts a line; its continuation lines follow).</summary>
    /// <param name="lineNumber">The 1-based number of the physical line it starts on.</param>
    /// <param name="what">What it is, for a person: its property or component, such as <c>DTSTART</c> or <c>VEVENT</c>,
    /// or the start of a line that is neither.</param>
    /// <returns>The location.</returns>
    internal static DiagnosticLocation Of(int lineNumber, string what) => DiagnosticLocation.Input(lineNumber, 1, what);
}
