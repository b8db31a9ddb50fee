using Json.Schema;

namespace Prb.Events.Tests.TestSupport;

/// <summary>Finds files of the repository from the test's output folder.</summary>
public static class RepositoryFiles
{
    public static string PathOf(params string[] parts) => RepositoryRoot.PathOf(parts);

    public static string SeedDocumentPath => RepositoryRoot.SeedDocument;

    public static string SchemaPath => PathOf("docs", "schema", "prb-event-1.schema.json");

    /// <summary>The event document schema, loaded once: the schema registry refuses a second schema with the same $id.</summary>
    public static JsonSchema EventSchema => LazyEventSchema.Value;

    private static readonly Lazy<JsonSchema> LazyEventSchema = new(() => JsonSchema.FromFile(SchemaPath));

    public static string ReadText(params string[] parts) => File.ReadAllText(PathOf(parts));
}
