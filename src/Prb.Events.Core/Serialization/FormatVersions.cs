namespace Prb.Events;

/// <summary>
/// Which minor version of the event document format a document needs, and the check that a document does not use a
/// property newer than the version it states: the one place that knows which property came with which version.
/// </summary>
/// <remarks>Format 1.1 added <c>series</c>. A writer states the lowest version that holds the document, so a document
/// without 1.1 properties stays 1.0 and every 1.0 reader reads it.</remarks>
internal static class FormatVersions
{
    /// <summary>The first version of the format.</summary>
    internal const string V10 = "1.0";

    /// <summary>The version that added <c>series</c>.</summary>
    internal const string V11 = "1.1";

    /// <summary>The lowest version that holds an event.</summary>
    /// <param name="event">The event.</param>
    /// <returns><see cref="V11"/> when the event uses a 1.1 property; otherwise <see cref="V10"/>.</returns>
    internal static string Needed(Event @event) => @event.IsSeries ? V11 : V10;

    /// <summary>Refuses a document that uses a property newer than the version it states.</summary>
    /// <param name="document">The document, whose version is supported.</param>
    /// <exception cref="EventDocumentException">A 1.1 property appears in a 1.0 document.</exception>
    internal static void CheckFeatures(Dto.Document document)
    {
        if (document.Series is not null && Minor(document.FormatVersion) < 1)
        {
            throw new EventDocumentException("$.series",
                $"'series' is a property of format version {V11}, but the document says formatVersion {document.FormatVersion}; state {V11} to use it.");
        }
    }

    /// <summary>The minor number of a supported version such as <c>1.1</c>; a number too long to be one counts as newest.</summary>
    private static int Minor(string version) =>
        int.TryParse(version.AsSpan(2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var minor) ? minor : int.MaxValue;
}
