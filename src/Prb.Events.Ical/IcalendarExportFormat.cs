using Prb.Events.Export;

namespace Prb.Events.Ical;

/// <summary>iCalendar as an export format named <c>ics</c>: the whole event as one VCALENDAR, written by an <see cref="IcalendarExporter"/>.</summary>
public sealed class IcalendarExportFormat : IEventExportFormat
{
    /// <summary>Initializes the format.</summary>
    /// <param name="exporter">The exporter, with its clock and options.</param>
    /// <exception cref="ArgumentNullException"><paramref name="exporter"/> is null.</exception>
    public IcalendarExportFormat(IcalendarExporter exporter)
    {
        ArgumentNullException.ThrowIfNull(exporter);
        Exporter = exporter;
    }

    /// <summary>Gets the exporter.</summary>
    public IcalendarExporter Exporter { get; }

    /// <inheritdoc />
    public string Name => "ics";

    /// <inheritdoc />
    public string MediaType => IcalendarExporter.ContentType;

    /// <inheritdoc />
    public string FileExtension => IcalendarExporter.FileExtension;

    /// <inheritdoc />
    public void Write(Event @event, Stream destination) => Exporter.Write(@event, destination);
}
