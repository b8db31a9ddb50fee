namespace Prb.Events.Hosting;

/// <summary>What the file system says of one file: a file with the same stamp is not read again.</summary>
internal readonly record struct FolderCatalogStamp(DateTime LastWriteUtc, long Length);

/// <summary>One file of the catalogue folder as last read: its stamp, and its entry, or null when it is left out.</summary>
internal sealed record FolderCatalogFile(FolderCatalogStamp Stamp, CatalogEntry? Entry);
