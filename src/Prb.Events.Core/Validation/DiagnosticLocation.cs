using System.Globalization;
using Prb.Events.Internal;

namespace Prb.Events;

/// <summary>
/// Where a <see cref="Diagnostic"/> points: a value of an event document, by its path, or a position in input text read
/// into events, such as an iCalendar file, by its line and column. The <see cref="Kind"/> says which; the properties of
/// the other kind are null.
/// </summary>
/// <remarks>
/// <para>Paths use the names of the JSON document, such as <c>agenda[3].end</c> or <c>contacts[0].email</c>; the empty
/// path is the whole document. <see cref="EventValidator"/> and <see cref="EventScheduler"/> report document paths.</para>
/// <para>Lines and columns are 1-based, as editors show them. Lines are physical lines of the input; a column counts
/// UTF-16 code units (<see cref="char"/>s) from the start of the line. The iCalendar importer points at the start of
/// the content line at fault, which is column 1, and names its property or component in
/// <see cref="Element"/>.</para>
/// <para>Immutable; two locations are equal when they name the same place the same way.</para>
/// </remarks>
public sealed class DiagnosticLocation : IEquatable<DiagnosticLocation>
{
    private DiagnosticLocation(DiagnosticLocationKind kind, string? path, int? line, int? column, string? element)
    {
        Kind = kind;
        Path = path;
        Line = line;
        Column = column;
        Element = element;
    }

    /// <summary>Gets the location of the whole event document: the empty path.</summary>
    public static DiagnosticLocation Document { get; } = new(DiagnosticLocationKind.DocumentPath, string.Empty, null, null, null);

    /// <summary>Gets what the location names.</summary>
    public DiagnosticLocationKind Kind { get; }

    /// <summary>Gets the document path, such as <c>agenda[3].end</c> (empty for the whole document); null when
    /// <see cref="Kind"/> is <see cref="DiagnosticLocationKind.Input"/>.</summary>
    public string? Path { get; }

    /// <summary>Gets the 1-based line of the input; null when <see cref="Kind"/> is
    /// <see cref="DiagnosticLocationKind.DocumentPath"/>.</summary>
    public int? Line { get; }

    /// <summary>Gets the 1-based column in the line, in UTF-16 code units; null when <see cref="Kind"/> is
    /// <see cref="DiagnosticLocationKind.DocumentPath"/>.</summary>
    public int? Column { get; }

    /// <summary>Gets what the input has at the position, for a person: the name of a property or component, such as
    /// <c>DTSTART</c> or <c>VEVENT</c>, or the start of a line that is neither; null when not given, and always for a
    /// document path.</summary>
    public string? Element { get; }

    /// <summary>Returns the location of a value of an event document.</summary>
    /// <param name="path">The document path, such as <c>agenda[3].end</c>; empty for the whole document.</param>
    /// <returns>The location.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    public static DiagnosticLocation DocumentPath(string path)
    {
        Preconditions.CheckNotNull(path);
        return path.Length == 0 ? Document : new DiagnosticLocation(DiagnosticLocationKind.DocumentPath, path, null, null, null);
    }

    /// <summary>Returns the location of a position in input text.</summary>
    /// <param name="line">The 1-based line.</param>
    /// <param name="column">The 1-based column in the line, in UTF-16 code units.</param>
    /// <param name="element">What the input has there, such as <c>DTSTART</c>; optional.</param>
    /// <returns>The location.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="line"/> or <paramref name="column"/> is less than 1.</exception>
    public static DiagnosticLocation Input(int line, int column, string? element = null)
    {
        Preconditions.CheckArgumentRange(line >= 1, nameof(line), line, "Lines are numbered from 1.");
        Preconditions.CheckArgumentRange(column >= 1, nameof(column), column, "Columns are numbered from 1.");
        return new DiagnosticLocation(DiagnosticLocationKind.Input, null, line, column, element);
    }

    /// <summary>Formats the location for a person: the path, <c>(document)</c> for the whole document, or
    /// <c>line 7, column 1 (DTSTART)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Kind switch
    {
        DiagnosticLocationKind.DocumentPath => Path!.Length == 0 ? "(document)" : Path,
        _ when Element is null => string.Create(CultureInfo.InvariantCulture, $"line {Line}, column {Column}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"line {Line}, column {Column} ({Element})"),
    };

    /// <summary>Determines whether another location names the same place the same way.</summary>
    /// <param name="other">The other location.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(DiagnosticLocation? other) =>
        other is not null && Kind == other.Kind && Line == other.Line && Column == other.Column
        && string.Equals(Path, other.Path, StringComparison.Ordinal) && string.Equals(Element, other.Element, StringComparison.Ordinal);

    /// <summary>Determines whether an object is a location that names the same place the same way.</summary>
    /// <param name="obj">The object.</param>
    /// <returns>True when equal.</returns>
    public override bool Equals(object? obj) => Equals(obj as DiagnosticLocation);

    /// <summary>Returns a hash code consistent with <see cref="Equals(DiagnosticLocation)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() =>
        HashCode.Combine(Kind, Path is null ? 0 : StringComparer.Ordinal.GetHashCode(Path), Line, Column,
            Element is null ? 0 : StringComparer.Ordinal.GetHashCode(Element));
}
