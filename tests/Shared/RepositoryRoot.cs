namespace Prb.Events.Testing;

/// <summary>The repository's root folder, found from a test's output folder: the one holding Prb.Events.sln.
/// Shared by every test project (linked in by tests/Directory.Build.props).</summary>
internal static class RepositoryRoot
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Prb.Events.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Prb.Events.sln above the test output folder {AppContext.BaseDirectory}.");
    });

    /// <summary>Gets the full path of the root folder.</summary>
    public static string Folder => Root.Value;

    /// <summary>Gets the seed conference's document.</summary>
    public static string SeedDocument => PathOf("samples", "events", "prb-2011-11-09-wroclaw.json");

    /// <summary>Combines the root with relative parts.</summary>
    public static string PathOf(params string[] parts) => Path.Combine([Root.Value, .. parts]);
}
