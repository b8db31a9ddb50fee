
namespace Prb.Events.Export;

/// <summary>The event document format (<see cref="EventDocumentSerializer"/>) as an export format named <c>json</c>.</summary>
public sealed class JsonDocumentExportFormat : IEventExportFormat
{
    /// <summary>Gets the shared instance.</summary>
    public static JsonDocumentExportFormat Instance { get; } = new();

    /// <inheritdoc />
    public string Name => "json";

    /// <inheritdoc />
    public string MediaType => "application/json; charset=utf-8";

    /// <inheritdoc />
    public string FileExtension => EventDocumentFormat.FileExtension;

    /// <inheritdoc />
    public void Write(Event @event, Stream destination) => EventDocumentSerializer.Write(@event, destination);
}
