namespace Prb.Events;

/// <summary>What each minor version of the document format added, so that a 1.0 document cannot use a later property:
/// 1.1 added <c>audiences</c> and <c>series</c>.</summary>
internal static class FormatVersions
{
    /// <summary>The first version of the format.</summary>
    internal const string Version10 = "1.0";

    /// <summary>Returns a property added in format 1.1, refusing it in a document that says it is 1.0.</summary>
    /// <typeparam name="T">The property's shape.</typeparam>
    /// <param name="document">The document.</param>
    /// <param name="path">The JSON path of the property.</param>
    /// <param name="value">The property's value, or null when the document leaves it out.</param>
    /// <returns><paramref name="value"/>.</returns>
    /// <exception cref="EventDocumentException">The document is 1.0 and has the property.</exception>
    internal static T? Since11<T>(Dto.Document document, string path, T? value)
        where T : class
    {
        if (value is not null && string.Equals(document.FormatVersion, Version10, StringComparison.Ordinal))
        {
            throw new EventDocumentException(path, $"This property came with format version 1.1; a document of version {Version10} must not have it.");
        }

        return value;
    }
}
