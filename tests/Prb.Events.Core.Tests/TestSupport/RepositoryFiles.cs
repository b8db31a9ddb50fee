namespace Prb.Events.Tests.TestSupport;

/// <summary>Finds files of the repository from the test's output folder.</summary>
public static class RepositoryFiles
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

        throw new InvalidOperationException("Prb.Events.sln not found above the test output folder.");
    });

    public static string PathOf(params string[] parts) => Path.Combine([Root.Value, .. parts]);

    public static string SeedDocumentPath => PathOf("samples", "events", "prb-2011-11-09-wroclaw.json");

    public static string SchemaPath => PathOf("docs", "schema", "prb-event-1.schema.json");

    public static string ReadText(params string[] parts) => File.ReadAllText(PathOf(parts));
}
