namespace Prb.Events.Cli.Tests.Support;

/// <summary>A new folder under the system's temporary folder, deleted with everything in it on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = Directory.CreateTempSubdirectory("prb-cli-").FullName;
    }

    /// <summary>Gets the full path of the folder.</summary>
    public string Path { get; }

    /// <summary>Combines the folder with a name.</summary>
    public string this[string name] => System.IO.Path.Combine(Path, name);

    /// <summary>Writes a file in the folder and returns its full path.</summary>
    public string Write(string name, string content)
    {
        var path = this[name];
        File.WriteAllText(path, content);
        return path;
    }

    /// <summary>Gets the temporary files the writer left behind (there should be none).</summary>
    public IReadOnlyList<string> LeftoverTemporaryFiles() =>
        Directory.GetFiles(Path, ".prb-events-*.tmp", SearchOption.AllDirectories);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A named pipe or device node may outlive a failed test; the system cleans its temporary folder.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
