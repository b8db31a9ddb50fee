namespace Prb.Events.Cli.Files;

/// <summary>How an atomic write ended, when it did not fail.</summary>
internal enum WriteOutcome
{
    /// <summary>The file holds the new content; an existing file's permissions and owner are kept.</summary>
    Written,

    /// <summary>The file holds the new content and its permissions, but its owner could not be kept: the caller may not
    /// give a file to another user, so the file now belongs to the caller.</summary>
    WrittenWithNewOwner,

    /// <summary>Nothing was written: the file was to be new, and the name was taken meanwhile.</summary>
    NameTaken,
}
