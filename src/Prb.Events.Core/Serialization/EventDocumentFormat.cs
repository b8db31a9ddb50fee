namespace Prb.Events;

/// <summary>Facts about the JSON event document format, a public contract described by <c>docs/schema/prb-event-1.schema.json</c>.</summary>
public static class EventDocumentFormat
{
    /// <summary>The version this library writes.</summary>
    public const string CurrentVersion = "1.1";

    /// <summary>The media type of an event document.</summary>
    public const string MediaType = "application/json";

    /// <summary>The usual file extension of an event document.</summary>
    public const string FileExtension = ".json";

    /// <summary>The <c>$id</c> of the JSON Schema of version 1.</summary>
    public const string SchemaId = "urn:prb-events:schema:event-document:1";

    /// <summary>Determines whether this library reads documents of a format version: any 1.x version.</summary>
    /// <param name="version">The version from a document's <c>formatVersion</c>.</param>
    /// <returns>True when supported.</returns>
    public static bool IsSupportedVersion(string? version)
    {
        if (version is null || !version.StartsWith("1.", StringComparison.Ordinal) || version.Length < 3)
        {
            return false;
        }

        foreach (var c in version.AsSpan(2))
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
