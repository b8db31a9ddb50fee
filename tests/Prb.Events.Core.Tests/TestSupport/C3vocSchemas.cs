using System.Text.Json;
using System.Xml;
using System.Xml.Schema;
using Json.Schema;

namespace Prb.Events.Tests.TestSupport;

/// <summary>
/// The c3voc schedule schemas (schedule.xml.xsd, schedule.schema.json and their examples). They are not part of the
/// repository: they live in a folder shared/schemas/c3voc beside it (CI puts a copy of shared/ next to the clone),
/// found by walking up from the repository root.
/// </summary>
public static class C3vocSchemas
{
    private static readonly string[] Parts = ["shared", "schemas", "c3voc"];
    private static readonly Lazy<string> Folder = new(() => Locate(new DirectoryInfo(RepositoryFiles.PathOf())));
    private static readonly Lazy<XmlSchemaSet> Xsd = new(LoadXsd);
    private static readonly Lazy<JsonSchema> ScheduleJsonSchema = new(() => JsonSchema.FromFile(PathOf("schedule.schema.json")));
    private static readonly Lock XsdLock = new();

    /// <summary>How schedule.json documents are evaluated: with every format checked, not only annotated.</summary>
    public static EvaluationOptions JsonOptions => new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    public static string PathOf(string fileName) => Path.Combine(Folder.Value, fileName);

    /// <summary>Validates a schedule.xml against schedule.xml.xsd; returns every error and warning, empty when valid.</summary>
    public static IReadOnlyList<string> ValidateXml(byte[] xml)
    {
        var problems = new List<string>();
        var settings = new XmlReaderSettings
        {
            ValidationType = ValidationType.Schema,
            DtdProcessing = DtdProcessing.Prohibit,
            ValidationFlags = XmlSchemaValidationFlags.ReportValidationWarnings | XmlSchemaValidationFlags.ProcessIdentityConstraints,
        };
        settings.ValidationEventHandler += (_, e) => problems.Add($"{e.Severity} at {e.Exception?.LineNumber}:{e.Exception?.LinePosition}: {e.Message}");
        lock (XsdLock)
        {
            settings.Schemas = Xsd.Value;
            try
            {
                using var reader = XmlReader.Create(new MemoryStream(xml), settings);
                while (reader.Read())
                {
                }
            }
            catch (XmlException e)
            {
                problems.Add($"Not well-formed: {e.Message}");
            }
        }

        return problems;
    }

    /// <summary>Evaluates a schedule.json against schedule.schema.json.</summary>
    public static EvaluationResults EvaluateJson(byte[] json)
    {
        using var document = JsonDocument.Parse(json);
        return ScheduleJsonSchema.Value.Evaluate(document.RootElement, JsonOptions);
    }

    /// <summary>Describes the errors of an evaluation, one a line.</summary>
    public static string Describe(EvaluationResults result) =>
        string.Join(Environment.NewLine, (result.Details ?? []).Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Key} {e.Value}")));

    /// <summary>Finds shared/schemas/c3voc in a folder above <paramref name="root"/>, or fails saying where it looked.</summary>
    public static string Locate(DirectoryInfo root)
    {
        // Only beside the clone, where CI puts shared/: a folder further up (say a stray /tmp/shared) must not count.
        var looked = new List<string>();
        if (root.Parent is { } dir)
        {
            var candidate = Path.Combine([dir.FullName, .. Parts]);
            if (File.Exists(Path.Combine(candidate, "schedule.xml.xsd")) && File.Exists(Path.Combine(candidate, "schedule.schema.json")))
            {
                return candidate;
            }

            looked.Add(candidate);
        }

        throw new InvalidOperationException(
            "The c3voc schedule schemas were not found. They are kept outside the repository, in a folder shared/schemas/c3voc " +
            "beside the clone (CI places a copy of shared/ there), holding schedule.xml.xsd, schedule.schema.json, " +
            "example-valid.json and example-invalid.json. Looked in: " + string.Join(", ", looked));
    }

    private static XmlSchemaSet LoadXsd()
    {
        var set = new XmlSchemaSet();
        using (var reader = XmlReader.Create(PathOf("schedule.xml.xsd")))
        {
            set.Add(XmlSchema.Read(reader, (_, e) => throw new InvalidOperationException($"schedule.xml.xsd does not load: {e.Message}"))!);
        }

        set.Compile();
        return set;
    }
}
