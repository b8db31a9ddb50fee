namespace Prb.Events.Tests.TestSupport;

/// <summary>Finds files of the repository from the test's output folder.</summary>
public static class RepositoryFiles
{
    public static string PathOf(params string[] parts) => RepositoryRoot.PathOf(parts);

    public static string SeedDocumentPath => RepositoryRoot.SeedDocument;

    public static string SchemaPath => PathOf("docs", "schema", "prb-event-1.schema.json");

    /// <summary>The JSON Schema of the event document, loaded once: the schema registry refuses a second load of its $id.</summary>
    public static Lazy<Json.Schema.JsonSchema> DocumentSchema { get; } = new(() => Json.Schema.JsonSchema.FromFile(SchemaPath));

    public static string ReadText(params string[] parts) => File.ReadAllText(PathOf(parts));
}
