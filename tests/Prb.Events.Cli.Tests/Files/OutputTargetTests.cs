using Prb.Events.Cli.Files;
using Prb.Events.Cli.Tests.Support;

namespace Prb.Events.Cli.Tests.Files;

/// <summary>-o takes a regular file or a new name in an existing folder, and refuses anything else in one line naming
/// the path, with exit 2, leaving what the path names as it was.</summary>
public sealed class OutputTargetTests : IDisposable
{
    private static readonly string Seed = RepositoryRoot.SeedDocument;
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task SymbolicLinkToAFile_IsRefusedAndBothStayAsTheyWere()
    {
        var real = _folder.Write("real.ics", "old");
        var link = _folder["link.ics"];
        File.CreateSymbolicLink(link, real);

        await AssertRefusedAsync(link, "it is a symbolic link");

        Assert.Equal("old", await File.ReadAllTextAsync(real));
        Assert.Equal(real, new FileInfo(link).LinkTarget);
    }

    [Fact]
    public async Task DanglingSymbolicLink_IsRefused()
    {
        var link = _folder["dangling.ics"];
        File.CreateSymbolicLink(link, _folder["nowhere.ics"]);

        await AssertRefusedAsync(link, "it is a symbolic link");

        Assert.False(File.Exists(_folder["nowhere.ics"]));
    }

    [Fact]
    public async Task LinkToTheStandardOutput_AsDevStdoutIs_IsRefused()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // statx, /proc, device nodes and named pipes: Linux, where CI runs.
        }

        var stdout = _folder["stdout"];
        File.CreateSymbolicLink(stdout, "/proc/self/fd/1");

        // A link of our own, like /dev/stdout: a regression run as root must not replace the system's.
        await AssertRefusedAsync(stdout, "it is a symbolic link");

        Assert.Equal(PathKind.SymbolicLink, Posix.Status(stdout).Kind);
    }

    [Fact]
    public async Task CharacterDevice_IsRefusedAndStaysADevice()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // statx, /proc, device nodes and named pipes: Linux, where CI runs.
        }


        // As root, device nodes of our own (copies of /dev/full and /dev/null), so that a regression cannot replace
        // the system's; others cannot replace /dev/null, so they try the real one.
        var devices = new List<string>();
        if (Posix.IsRoot)
        {
            Posix.MakeCharacterDevice(_folder["full"], 1, 7);
            Posix.MakeCharacterDevice(_folder["null"], 1, 3);
            devices.AddRange([_folder["full"], _folder["null"]]);
        }
        else
        {
            devices.Add("/dev/null");
        }

        foreach (var device in devices)
        {
            await AssertRefusedAsync(device, "it is a character device");
            Assert.Equal(PathKind.CharacterDevice, Posix.Status(device).Kind);
        }
    }

    [Fact]
    public async Task NamedPipe_IsRefusedWithoutOpeningIt()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // statx, /proc, device nodes and named pipes: Linux, where CI runs.
        }

        var fifo = _folder["pipe"];
        Posix.MakeFifo(fifo);

        // Opening a pipe with no reader would block: the refusal comes from its status alone.
        await AssertRefusedAsync(fifo, "it is a named pipe");

        Assert.Equal(PathKind.NamedPipe, Posix.Status(fifo).Kind);
    }

    [Fact]
    public async Task Folder_IsRefused()
    {
        var folder = _folder["out"];
        Directory.CreateDirectory(folder);

        await AssertRefusedAsync(folder, "it is a folder");
        await AssertRefusedAsync(folder + "/", "names a folder");
        await AssertRefusedAsync(folder + "/.", "it is a folder");

        Assert.Empty(Directory.GetFileSystemEntries(folder));
    }

    [Fact]
    public async Task MissingFolder_IsRefusedAndNotCreated()
    {
        var target = Path.Combine(_folder["missing"], "x.ics");

        await AssertRefusedAsync(target, "the folder " + _folder["missing"] + " does not exist");

        Assert.False(Directory.Exists(_folder["missing"]));
    }

    [Fact]
    public async Task AFileInThePlaceOfAFolder_IsRefused()
    {
        var file = _folder.Write("file", "x");

        await AssertRefusedAsync(Path.Combine(file, "x.ics"), "not a folder");

        Assert.Equal("x", await File.ReadAllTextAsync(file));
    }

    [Fact]
    public async Task EmptyName_IsRefused()
    {
        var result = await Tool.RunAsync("export", Seed, "--format", "ics", "-o", string.Empty);

        Assert.Equal(2, result.Code);
        Assert.Equal("(an empty name): not written: a file name is needed.", Assert.Single(result.ErrorLines));
    }

    [Theory]
    [InlineData(256)]
    [InlineData(300)]
    public async Task NameLongerThanAFileSystemTakes_IsRefused(int length)
    {
        await AssertRefusedAsync(_folder[new string('x', length)], "the file name is longer than 255 bytes");
    }

    [Fact]
    public async Task NameOf255BytesInUtf8_IsWritten()
    {
        var name = new string('ł', 127) + "x";

        var result = await Tool.RunAsync("export", Seed, "--format", "ics", "-o", _folder[name]);

        Assert.Equal(0, result.Code);
        Assert.True(File.Exists(_folder[name]));
    }

    [Fact]
    public async Task NameWithANulCharacter_IsRefused()
    {
        await AssertRefusedAsync(_folder["a\0b.ics"], "the name holds a NUL character", expectNamed: false);
    }

    [Fact]
    public async Task PathLongerThanLinuxTakes_IsRefused()
    {
        var deep = string.Join('/', Enumerable.Repeat(new string('d', 200), 25));

        await AssertRefusedAsync(Path.Combine(_folder.Path, deep, "x.ics"), "longer than 4095 bytes");
    }

    [Fact]
    public async Task ImportToARefusedTarget_IsRefusedTheSameWay()
    {
        var ics = _folder["seed.ics"];
        Assert.Equal(0, (await Tool.RunAsync("export", Seed, "--format", "ics", "-o", ics)).Code);
        var real = _folder.Write("real.json", "old");
        var link = _folder["link.json"];
        File.CreateSymbolicLink(link, real);

        var result = await Tool.RunAsync("import", ics, "-o", link);

        Assert.Equal(2, result.Code);
        Assert.Contains($"{link}: not written: it is a symbolic link", result.Error, StringComparison.Ordinal);
        Assert.Equal("old", await File.ReadAllTextAsync(real));
    }

    [Fact]
    public void Check_OfANewName_GivesTheFullPathAndFolder()
    {
        var target = OutputTarget.Check(_folder["new.ics"]);

        Assert.Equal(_folder["new.ics"], target.FullPath);
        Assert.Equal(_folder.Path, target.Folder);
        Assert.Equal(PathKind.Missing, target.Existing.Kind);
    }

    private async Task AssertRefusedAsync(string target, string reason, bool expectNamed = true)
    {
        var result = await Tool.RunAsync("export", Seed, "--format", "ics", "-o", target);

        Assert.Equal(2, result.Code);
        var line = Assert.Single(result.ErrorLines);
        if (expectNamed)
        {
            Assert.StartsWith($"{target}: not written: ", line, StringComparison.Ordinal);
        }

        Assert.Contains(reason, line, StringComparison.Ordinal);
        Assert.Empty(result.Output);
        Assert.Empty(_folder.LeftoverTemporaryFiles());
    }
}
