using Microsoft.Extensions.Logging;

namespace Prb.Events.Hosting;

/// <summary>The log lines of the folder catalogue, written under the category of <see cref="FolderEventCatalog"/>.
/// Every text that comes from a file or a document is passed through <see cref="LogText.Escape"/> by the caller.</summary>
internal static partial class FolderCatalogLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Error, Message = "The event catalogue folder {Folder} does not exist; no events are served.")]
    public static partial void FolderMissing(ILogger logger, string folder);

    [LoggerMessage(EventId = 2, Level = LogLevel.Error, Message = "Event document {File} cannot be read and is left out: {Reason}")]
    public static partial void Unreadable(ILogger logger, string file, string reason);

    [LoggerMessage(EventId = 3, Level = LogLevel.Error, Message = "Event document {File}: {Diagnostic}")]
    public static partial void DiagnosticError(ILogger logger, string file, string diagnostic);

    [LoggerMessage(EventId = 4, Level = LogLevel.Warning, Message = "Event document {File}: {Diagnostic}")]
    public static partial void DiagnosticWarning(ILogger logger, string file, string diagnostic);

    [LoggerMessage(EventId = 5, Level = LogLevel.Error, Message = "Event document {File} has {Count} validation errors and is left out until they are fixed.")]
    public static partial void LeftOut(ILogger logger, string file, int count);

    [LoggerMessage(EventId = 6, Level = LogLevel.Error, Message = "Event document {File} has the slug {Slug} of {Other}; only {Other} is served.")]
    public static partial void DuplicateSlug(ILogger logger, string file, string slug, string other);

    [LoggerMessage(EventId = 7, Level = LogLevel.Warning, Message = "{File} in the event catalogue folder is not read: {Reason}.")]
    public static partial void Skipped(ILogger logger, string file, string reason);

    [LoggerMessage(EventId = 8, Level = LogLevel.Error, Message = "Event document {File} broke while loading ({Type}: {Reason}) and is left out; the rest of the catalogue keeps serving.")]
    public static partial void Broken(ILogger logger, Exception exception, string file, string type, string reason);

    [LoggerMessage(EventId = 9, Level = LogLevel.Error, Message = "The event catalogue folder {Folder} could not be scanned ({Reason}); the previous events keep being served.")]
    public static partial void ScanFailed(ILogger logger, Exception exception, string folder, string reason);
}
