namespace Prb.Events;

/// <summary>
/// The one exception an event document reader throws for input it cannot turn into an event: text that is not JSON,
/// JSON that does not follow the document format, or values that break an invariant of the model. It names the JSON
/// path of the offending value and the reason; no half-built event is ever returned.
/// </summary>
public sealed class EventDocumentException : Exception
{
    /// <summary>Initializes an exception for a value at a JSON path.</summary>
    /// <param name="path">The JSON path, such as <c>$.agenda[3].end</c>.</param>
    /// <param name="reason">What is wrong.</param>
    /// <param name="lineNumber">The zero-based line of the input, when known.</param>
    /// <param name="bytePositionInLine">The zero-based byte position in that line, when known.</param>
    /// <param name="innerException">The underlying exception, or null.</param>
    public EventDocumentException(string path, string reason, long? lineNumber = null, long? bytePositionInLine = null, Exception? innerException = null)
        : base(Format(path, reason, lineNumber, bytePositionInLine), innerException)
    {
        Path = path ?? "$";
        Reason = reason ?? string.Empty;
        LineNumber = lineNumber;
        BytePositionInLine = bytePositionInLine;
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

    /// <summary>Gets the zero-based line of the input, when known.</summary>
    public long? LineNumber { get; }

    /// <summary>Gets the zero-based byte position in the line, when known.</summary>
    public long? BytePositionInLine { get; }

    private static string Format(string? path, string? reason, long? line, long? position) =>
        line is { } l
            ? $"{path ?? "$"}: {reason} (line {l + 1}, byte {(position ?? 0) + 1})"
            : $"{path ?? "$"}: {reason}";
}
