namespace Prb.Events.Export;

/// <summary>
/// One export format of events — iCalendar, the JSON document, a conference-app schedule — behind one small contract:
/// what the output is called (<see cref="Name"/>, <see cref="MediaType"/>, <see cref="FileExtension"/>) and how to
/// write it.
/// </summary>
/// <remarks>
/// <para>Implementations are registered by extension methods (such as <c>AddIcalendar()</c> on the ASP.NET builder),
/// never discovered by scanning. They must be immutable and safe to call from many threads at once, and give the same
/// bytes for the same event.</para>
/// <para>Failure behaviour: <see cref="Write"/> either writes the whole output or throws. An event that the format
/// cannot represent gets an <see cref="ArgumentException"/> naming the parameter (or a documented subclass); a failing
/// destination stream's exception propagates. Hosts write into a buffer first, so a failed export never reaches a
/// client or a file half-written.</para>
/// </remarks>
public interface IEventExportFormat
{
    /// <summary>Gets the short, lower-case name of the format, used in URLs and on the command line, such as <c>ics</c>.</summary>
    string Name { get; }

    /// <summary>Gets the media type of the output, with its parameters, such as <c>text/calendar; charset=utf-8</c>.</summary>
    string MediaType { get; }

    /// <summary>Gets the file extension of the output, with its dot, such as <c>.ics</c>.</summary>
    string FileExtension { get; }

    /// <summary>Writes one event to a stream.</summary>
    /// <param name="event">The event.</param>
    /// <param name="destination">The writable stream; it is not closed.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The event cannot be represented in this format.</exception>
    void Write(Event @event, Stream destination);
}
