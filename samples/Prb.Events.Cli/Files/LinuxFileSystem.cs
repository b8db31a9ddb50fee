using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Prb.Events.Cli.Files;

/// <summary>The few POSIX calls .NET does not offer, on Linux (glibc 2.28 or later, musl 1.2.5 or later): the kind and
/// owner of a path without following a symbolic link (statx, whose layout is the same on every architecture), a change
/// of owner through a handle, a rename that never replaces, a write-access check and flushing a folder.</summary>
/// <remarks>Each call returns the errno (0 for success) rather than throwing, so callers name the path in their
/// message. Errno values are those of Linux on x86-64 and arm64 alike.</remarks>
internal static partial class LinuxFileSystem
{
    /// <summary>No such file or folder.</summary>
    public const int NoEntry = 2;

    /// <summary>Permission denied.</summary>
    public const int AccessDenied = 13;

    /// <summary>The file exists.</summary>
    public const int Exists = 17;

    /// <summary>A part of the path is not a folder.</summary>
    public const int NotDirectory = 20;

    /// <summary>Invalid argument (a file system without rename flags).</summary>
    public const int InvalidArgument = 22;

    /// <summary>The name or the path is too long.</summary>
    public const int NameTooLong = 36;

    /// <summary>The call is not implemented by the kernel.</summary>
    public const int NotImplemented = 38;

    private const int AtCurrentDirectory = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxTypeModeOwner = 0x1 | 0x2 | 0x8 | 0x10;
    private const uint RenameNoReplaceFlag = 1;
    private const int WriteAccess = 2;
    private const int ReadOnlyCloseOnExec = 0x80000;

    private static readonly Lazy<bool> Available = new(Probe);

    /// <summary>Gets whether these calls can be made: on Linux, with a C library that has statx and renameat2.</summary>
    public static bool IsAvailable => OperatingSystem.IsLinux() && Available.Value;

    /// <summary>Reads the kind, permissions and owner of <paramref name="path"/> without following a symbolic link at its end.</summary>
    /// <returns>0, or the errno: <see cref="NoEntry"/> when nothing has that name.</returns>
    public static int GetStatus(string path, out PathStatus status)
    {
        if (Statx(AtCurrentDirectory, path, AtSymlinkNoFollow, StatxTypeModeOwner, out var buffer) != 0)
        {
            status = PathStatus.Missing;
            return Marshal.GetLastPInvokeError();
        }

        var kind = (buffer.Mask & 0x1) == 0 ? PathKind.Other : (buffer.Mode & 0xF000) switch
        {
            0x8000 => PathKind.RegularFile,
            0x4000 => PathKind.Directory,
            0xA000 => PathKind.SymbolicLink,
            0x2000 => PathKind.CharacterDevice,
            0x6000 => PathKind.BlockDevice,
            0x1000 => PathKind.NamedPipe,
            0xC000 => PathKind.Socket,
            _ => PathKind.Other,
        };
        (uint, uint)? owner = (buffer.Mask & 0x18) == 0x18 ? (buffer.Uid, buffer.Gid) : null;
        status = new PathStatus(kind, (UnixFileMode)(buffer.Mode & 0xFFF), owner);
        return 0;
    }

    /// <summary>Gives the open file <paramref name="handle"/> the owner <paramref name="user"/> and group <paramref name="group"/>.</summary>
    /// <returns>0, or the errno (EPERM when the caller may not give the file away).</returns>
    public static int ChangeOwner(SafeFileHandle handle, uint user, uint group) =>
        FileChangeOwner(handle, user, group) == 0 ? 0 : Marshal.GetLastPInvokeError();

    /// <summary>Renames <paramref name="from"/> to <paramref name="to"/> unless <paramref name="to"/> exists, atomically.</summary>
    /// <returns>0, or the errno: <see cref="Exists"/> when <paramref name="to"/> exists; <see cref="InvalidArgument"/>
    /// or <see cref="NotImplemented"/> when the file system or kernel cannot rename without replacing.</returns>
    public static int RenameNoReplace(string from, string to) =>
        RenameAt2(AtCurrentDirectory, from, AtCurrentDirectory, to, RenameNoReplaceFlag) == 0 ? 0 : Marshal.GetLastPInvokeError();

    /// <summary>Tells whether the caller may write to <paramref name="path"/>.</summary>
    /// <returns>0, or the errno (EACCES, EROFS).</returns>
    public static int CheckWriteAccess(string path) => Access(path, WriteAccess) == 0 ? 0 : Marshal.GetLastPInvokeError();

    /// <summary>Flushes a folder's entries to the disk, so that a rename in it survives a crash; failures are ignored
    /// (some file systems cannot flush a folder).</summary>
    public static void FlushDirectory(string path)
    {
        var descriptor = Open(path, ReadOnlyCloseOnExec, 0);
        if (descriptor >= 0)
        {
            _ = FileSync(descriptor);
            _ = Close(descriptor);
        }
    }

    /// <summary>Describes an errno, such as "No such file or directory".</summary>
    public static string Describe(int errno) => Marshal.GetPInvokeErrorMessage(errno);

    private static bool Probe()
    {
        try
        {
            // Both calls fail harmlessly on empty names; a C library without them throws instead.
            _ = RenameAt2(AtCurrentDirectory, string.Empty, AtCurrentDirectory, string.Empty, 0);
            return Statx(AtCurrentDirectory, "/", AtSymlinkNoFollow, StatxTypeModeOwner, out _) == 0;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return false;
        }
    }

    [LibraryImport("libc", EntryPoint = "statx", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Statx(int directory, string path, int flags, uint mask, out StatxBuffer buffer);

    [LibraryImport("libc", EntryPoint = "fchown", SetLastError = true)]
    private static partial int FileChangeOwner(SafeFileHandle handle, uint user, uint group);

    [LibraryImport("libc", EntryPoint = "renameat2", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int RenameAt2(int fromDirectory, string from, int toDirectory, string to, uint flags);

    [LibraryImport("libc", EntryPoint = "access", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Access(string path, int mode);

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags, int mode);

    [LibraryImport("libc", EntryPoint = "fsync", SetLastError = true)]
    private static partial int FileSync(int descriptor);

    [LibraryImport("libc", EntryPoint = "close", SetLastError = true)]
    private static partial int Close(int descriptor);

    /// <summary>struct statx (linux/stat.h): 256 bytes, the same on every architecture; only what is read is named.</summary>
    [StructLayout(LayoutKind.Explicit, Size = 256)]
    private struct StatxBuffer
    {
        [FieldOffset(0)]
        public uint Mask;

        [FieldOffset(20)]
        public uint Uid;

        [FieldOffset(24)]
        public uint Gid;

        [FieldOffset(28)]
        public ushort Mode;
    }
}
