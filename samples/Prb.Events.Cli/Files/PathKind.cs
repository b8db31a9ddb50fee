namespace Prb.Events.Cli.Files;

/// <summary>What a path names, seen without following a symbolic link at its end.</summary>
internal enum PathKind
{
    /// <summary>Nothing: the folder holds no entry of that name.</summary>
    Missing,

    /// <summary>A regular file.</summary>
    RegularFile,

    /// <summary>A folder.</summary>
    Directory,

    /// <summary>A symbolic link (whatever it points to, if anything).</summary>
    SymbolicLink,

    /// <summary>A character device, such as <c>/dev/null</c> or a terminal.</summary>
    CharacterDevice,

    /// <summary>A block device, such as a disk.</summary>
    BlockDevice,

    /// <summary>A named pipe (FIFO).</summary>
    NamedPipe,

    /// <summary>A Unix domain socket.</summary>
    Socket,

    /// <summary>Something else, or a file the platform cannot tell from a device.</summary>
    Other,
}
