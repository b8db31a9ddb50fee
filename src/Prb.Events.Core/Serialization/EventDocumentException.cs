using System.Globalization;
using Prb.Events.Internal;

namespace Prb.Events;

/// <summary>
/// The one exception an event document reader throws for input it cannot turn into an event: text that is not JSON,
/// JSON that does not follow the document format, or values that break an invariant of the model. It names the JSON
/// path of the offending value and the reason, and, when the JSON reader knows it, the position in the input; no
/// half-built event is ever returned.
/// </summary>
public sealed class EventDocumentException : Exception
{
    /// <summary>Initializes an exception for a value at a JSON path.</summary>
    /// <param name="path">The JSON path, such as <c>$.agenda[3].end</c>.</param>
    /// <param name="reason">What is wrong.</param>
    /// <param name="line">The 1-based line of the input, when known.</param>
    /// <param name="byteColumn">The 1-based position in that line, counted in UTF-8 bytes, when known.</param>
    /// <param name="innerException">The underlying exception, or null.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="line"/> or <paramref name="byteColumn"/> is less
    /// than 1.</exception>
    /// <exception cref="ArgumentException"><paramref name="byteColumn"/> is given without <paramref name="line"/>.</exception>
    public EventDocumentException(string path, string reason, long? line = null, long? byteColumn = null, Exception? innerException = null)
        : base(Format(path, reason, line, byteColumn), innerException)
    {
        Preconditions.CheckArgumentRange(line is null or >= 1, nameof(line), line, "Lines are numbered from 1.");
        Preconditions.CheckArgumentRange(byteColumn is null or >= 1, nameof(byteColumn), byteColumn, "Byte positions in a line are numbered from 1.");
        Preconditions.CheckArgument(byteColumn is null || line is not null, nameof(byteColumn), "A position in a line needs the line.");
        Path = path ?? "$";
        Reason = reason ?? string.Empty;
        Line = line;
        ByteColumn = byteColumn;
    }

    /// <summary>Initializes an exception with a message only, at the document root.</summary>
    public EventDocumentException()
        : this("$", "The event document is not valid.")
    {
    }

    /// <summary>Initializes an exception with a message, at the document root.</summary>
    /// <param name="message">The reason.</param>
    public EventDocumentException(string message)
        : this("$", message)
    {
    }

    /// <summary>Initializes an exception with a message and the underlying exception, at the document root.</summary>
    /// <param name="message">The reason.</param>
    /// <param name="innerException">The underlying exception.</param>
    public EventDocumentException(string message, Exception innerException)
        : this("$", message, null, null, innerException)
    {
    }

    /// <summary>Gets the JSON path of the offending value, such as <c>$.agenda[3].end</c>.</summary>
    public string Path { get; }

    /// <summary>Gets what is wrong.</summary>
    public string Reason { get; }

    /// <summary>Gets the 1-based line of the input at which the JSON reader stopped, when known.</summary>
    public long? Line { get; }

    /// <summary>Gets the 1-based position in <see cref="Line"/> at which the JSON reader stopped, counted in UTF-8 bytes,
    /// when known.</summary>
    /// <remarks>A count of bytes, not of characters: every character before it outside ASCII counts two to four (a
    /// Polish letter two, an emoji four), so in a line of Polish text it lies to the right of the character column an
    /// editor shows. System.Text.Json reports no character column.</remarks>
    public long? ByteColumn { get; }

    private static string Format(string? path, string? reason, long? line, long? byteColumn) => (line, byteColumn) switch
    {
        ({ } l, { } b) => string.Create(CultureInfo.InvariantCulture, $"{path ?? "$"}: {reason} (line {l}, byte {b})"),
        ({ } l, null) => string.Create(CultureInfo.InvariantCulture, $"{path ?? "$"}: {reason} (line {l})"),
        _ => $"{path ?? "$"}: {reason}",
    };
}
