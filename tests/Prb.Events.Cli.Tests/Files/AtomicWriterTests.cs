using System.Text;
using Prb.Events.Cli.Files;
using Prb.Events.Cli.Tests.Support;

namespace Prb.Events.Cli.Tests.Files;

/// <summary>Output is written whole through a temporary file in the same folder, renamed over the target; an existing
/// file keeps its permissions and owner, and nothing is left behind.</summary>
public sealed class AtomicWriterTests : IDisposable
{
    private static readonly string Seed = RepositoryRoot.SeedDocument;
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData(UnixFileMode.UserRead | UnixFileMode.UserWrite)]
    [InlineData(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead)]
    [InlineData(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute)]
    public async Task ExistingFile_KeepsItsPermissions(UnixFileMode mode)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var target = _folder.Write("private.ics", "old");
        File.SetUnixFileMode(target, mode);

        var result = await Tool.RunAsync("export", Seed, "--format", "ics", "-o", target);

        Assert.Equal(0, result.Code);
        Assert.StartsWith("BEGIN:VCALENDAR", await File.ReadAllTextAsync(target), StringComparison.Ordinal);
        Assert.Equal(mode, File.GetUnixFileMode(target));
        Assert.Empty(_folder.LeftoverTemporaryFiles());
    }

    [Fact]
    public async Task ExistingFile_KeepsItsOwner()
    {
        if (OperatingSystem.IsWindows() || !Posix.IsRoot)
        {
            return; // Only root may give a file to another user.
        }

        var target = _folder.Write("owned.json", "old");
        File.SetUnixFileMode(target, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        Posix.ChangeOwner(target, "65534:65534");

        var result = await Tool.RunAsync("export", Seed, "--format", "json", "-o", target);

        Assert.Equal(0, result.Code);
        var status = Posix.Status(target);
        Assert.Equal((65534u, 65534u), status.Owner);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, status.Mode);
        Assert.DoesNotContain("owner could not be kept", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NewFile_GetsTheModeAnyNewFileGets()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var reference = _folder.Write("reference", string.Empty);
        var target = _folder["new.ics"];

        var result = await Tool.RunAsync("export", Seed, "--format", "ics", "-o", target);

        Assert.Equal(0, result.Code);
        Assert.Equal(File.GetUnixFileMode(reference), File.GetUnixFileMode(target));
        Assert.Equal($"{target}: ", Assert.Single(result.ErrorLines)[..(target.Length + 2)]);
    }

    [Fact]
    public async Task ReadOnlyFile_IsRefusedForAUserWhoMayNotWriteIt()
    {
        if (!OperatingSystem.IsLinux() || Posix.IsRoot)
        {
            return; // Root may write any file.
        }

        var target = _folder.Write("read-only.ics", "old");
        File.SetUnixFileMode(target, UnixFileMode.UserRead);

        var result = await Tool.RunAsync("export", Seed, "--format", "ics", "-o", target);

        Assert.Equal(2, result.Code);
        Assert.Contains("the file may not be written", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
        Assert.Equal("old", await File.ReadAllTextAsync(target));
    }

    [Fact]
    public async Task FormatThatRefusesTheEvent_LeavesTheTargetAsItWas()
    {
        var document = _folder.Write("ancient.json", SeedDocuments.OnOneDay("-9998-06-01", "Europe/Warsaw", "10:00:00", "12:00:00"));
        var target = _folder.Write("out.xml", "old");

        var result = await Tool.RunAsync("export", document, "--format", "schedule-xml", "-o", target);

        Assert.NotEqual(0, result.Code);
        Assert.Equal("old", await File.ReadAllTextAsync(target));
        Assert.Empty(_folder.LeftoverTemporaryFiles());
    }

    [Fact]
    public async Task ReplaceAsync_WhenALinkTookTheNameAfterTheCheck_IsRefusedAndTheLinkStays()
    {
        var target = OutputTarget.Check(_folder["racy.ics"]);
        var real = _folder.Write("real", "old");
        File.CreateSymbolicLink(target.FullPath, real);

        var failure = await Assert.ThrowsAsync<CliFailure>(() => AtomicWriter.ReplaceAsync(target, "new"u8.ToArray(), default));

        Assert.Equal(2, failure.ExitCode);
        Assert.Contains("it is a symbolic link", failure.Message, StringComparison.Ordinal);
        Assert.Equal(real, new FileInfo(target.FullPath).LinkTarget);
        Assert.Equal("old", await File.ReadAllTextAsync(real));
        Assert.Empty(_folder.LeftoverTemporaryFiles());
    }

    [Fact]
    public async Task CreateNewAsync_WhenTheNameWasTakenAfterTheCheck_WritesNothing()
    {
        var target = OutputTarget.Check(_folder["new.json"]);
        await File.WriteAllTextAsync(target.FullPath, "theirs");

        var outcome = await AtomicWriter.CreateNewAsync(target, Encoding.UTF8.GetBytes("ours"), default);

        Assert.Equal(WriteOutcome.NameTaken, outcome);
        Assert.Equal("theirs", await File.ReadAllTextAsync(target.FullPath));
        Assert.Empty(_folder.LeftoverTemporaryFiles());
    }

    [Fact]
    public async Task ReplaceAsync_OfAnExistingFile_ReplacesItWhole()
    {
        var path = _folder.Write("file", new string('x', 100_000));
        var target = OutputTarget.Check(path);

        var outcome = await AtomicWriter.ReplaceAsync(target, "short"u8.ToArray(), default);

        Assert.Equal(WriteOutcome.Written, outcome);
        Assert.Equal("short", await File.ReadAllTextAsync(path));
        Assert.Single(Directory.GetFileSystemEntries(_folder.Path));
    }

    [Fact]
    public async Task CreateNewAsync_OfAFreeName_WritesTheBytesExactly_AndLeavesNoTemporaryFile()
    {
        var target = OutputTarget.Check(_folder["nowy.json"]);
        var content = Encoding.UTF8.GetBytes("Zażółć gęślą jaźń 👨‍👩‍👧 שלום مرحبا");

        var outcome = await AtomicWriter.CreateNewAsync(target, content, default);

        Assert.Equal(WriteOutcome.Written, outcome);
        Assert.Equal(content, await File.ReadAllBytesAsync(target.FullPath));
        Assert.Single(Directory.GetFileSystemEntries(_folder.Path));
    }

    [Fact]
    public async Task CreateNewAsync_WhenAFolderTookTheNameAfterTheCheck_WritesNothing()
    {
        var target = OutputTarget.Check(_folder["new.json"]);
        Directory.CreateDirectory(target.FullPath);

        var outcome = await AtomicWriter.CreateNewAsync(target, "ours"u8.ToArray(), default);

        Assert.Equal(WriteOutcome.NameTaken, outcome);
        Assert.Empty(Directory.GetFileSystemEntries(target.FullPath));
        Assert.Empty(_folder.LeftoverTemporaryFiles());
    }

    [Fact]
    public async Task ReplaceAsync_WhenAFolderTookTheNameAfterTheCheck_IsRefusedNamingThePath()
    {
        var path = _folder.Write("file.json", "old");
        var target = OutputTarget.Check(path);
        File.Delete(path);
        Directory.CreateDirectory(path);

        var failure = await Assert.ThrowsAsync<CliFailure>(() => AtomicWriter.ReplaceAsync(target, "new"u8.ToArray(), default));

        Assert.Equal($"{path}: not written: it is a folder; give a file name.", failure.Message);
        Assert.True(Directory.Exists(path));
        Assert.Empty(_folder.LeftoverTemporaryFiles());
    }

    [Fact]
    public async Task ReplaceAsync_WhenTheFileWasRemovedAfterTheCheck_WritesItAnew()
    {
        var path = _folder.Write("file.json", "old");
        var target = OutputTarget.Check(path);
        File.Delete(path);

        var outcome = await AtomicWriter.ReplaceAsync(target, "new"u8.ToArray(), default);

        Assert.Equal(WriteOutcome.Written, outcome);
        Assert.Equal("new", await File.ReadAllTextAsync(path));
        Assert.Single(Directory.GetFileSystemEntries(_folder.Path));
    }

    [Fact]
    public async Task Write_WhenTheFolderWasRemovedAfterTheCheck_IsRefusedNamingThePath()
    {
        var folder = Directory.CreateDirectory(_folder["sub"]).FullName;
        var target = OutputTarget.Check(Path.Combine(folder, "new.json"));
        Directory.Delete(folder);

        var failure = await Assert.ThrowsAsync<CliFailure>(() => AtomicWriter.CreateNewAsync(target, "new"u8.ToArray(), default));

        Assert.StartsWith($"{target.Given}: not written: cannot write a new file in {folder}: ", failure.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder));
    }
}
