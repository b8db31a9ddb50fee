using System.Xml;
using System.Xml.Schema;

namespace Prb.Events.Samples.Web.Tests.Hostile;

/// <summary>The c3voc schedule.xml schema, kept outside the repository in shared/schemas/c3voc beside the clone (as the
/// Core tests expect it), found by walking up from the repository root.</summary>
internal static class C3vocXsd
{
    private static readonly Lazy<XmlSchemaSet> Schemas = new(Load);
    private static readonly Lock Gate = new();

    /// <summary>Validates a schedule.xml; returns the problems, empty when valid.</summary>
    internal static IReadOnlyList<string> Validate(byte[] xml)
    {
        var problems = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, DtdProcessing = DtdProcessing.Prohibit };
        settings.ValidationEventHandler += (_, e) => problems.Add($"{e.Severity}: {e.Message}");
        lock (Gate)
        {
            settings.Schemas = Schemas.Value;
            try
            {
                using var reader = XmlReader.Create(new MemoryStream(xml), settings);
                while (reader.Read())
                {
                }
            }
            catch (XmlException e)
            {
                problems.Add("not well-formed: " + e.Message);
            }
        }

        return problems;
    }

    private static XmlSchemaSet Load()
    {
        // Beside the clone, where CI puts shared/ (the same rule as the Core tests' C3vocSchemas).
        var path = RepositoryRoot.PathOf("..", "shared", "schemas", "c3voc", "schedule.xml.xsd");
        if (!File.Exists(path))
        {
            throw new InvalidOperationException("schedule.xml.xsd of the c3voc schemas was not found beside the clone at " + Path.GetFullPath(path));
        }

        var set = new XmlSchemaSet();
        using (var reader = XmlReader.Create(path))
        {
            set.Add(XmlSchema.Read(reader, null)!);
        }

        set.Compile();
        return set;
    }
}
