using System.Text;
using System.Xml.Linq;
using Prb.Events.Tests.TestSupport;

namespace Prb.Events.Schedules.Tests;

/// <summary>Both outputs of the seed conference validate, and both validators are shown to reject what they must.</summary>
public class ScheduleSchemaTests
{
    [Fact]
    public void SeedScheduleXml_ValidatesAgainstTheXsd_WithoutErrorsOrWarnings()
    {
        var problems = C3vocSchemas.ValidateXml(ScheduleOutputs.Xml(ScheduleOutputs.Seed));

        Assert.Empty(problems);
    }

    [Fact]
    public void SeedScheduleJson_ValidatesAgainstTheJsonSchema()
    {
        var result = C3vocSchemas.EvaluateJson(ScheduleOutputs.Json(ScheduleOutputs.Seed));

        Assert.True(result.IsValid, C3vocSchemas.Describe(result));
    }

    [Fact]
    public void JsonValidator_RejectsTheInvalidExample()
    {
        var result = C3vocSchemas.EvaluateJson(File.ReadAllBytes(C3vocSchemas.PathOf("example-invalid.json")));

        Assert.False(result.IsValid);
        Assert.NotEmpty(C3vocSchemas.Describe(result));
    }

    [Fact]
    public void JsonValidator_AcceptsTheValidExample()
    {
        var result = C3vocSchemas.EvaluateJson(File.ReadAllBytes(C3vocSchemas.PathOf("example-valid.json")));

        Assert.True(result.IsValid, C3vocSchemas.Describe(result));
    }

    [Fact]
    public void XsdValidator_RejectsAnEventWithoutGuid()
    {
        var document = ScheduleOutputs.ParseXml(ScheduleOutputs.Xml(ScheduleOutputs.Seed));
        ScheduleOutputs.XmlItems(document)[0].Attribute("guid")!.Remove();

        var problems = C3vocSchemas.ValidateXml(Encoding.UTF8.GetBytes(document.ToString()));

        Assert.Contains(problems, p => p.Contains("guid", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("date", "2011-11-09T10:00:00")]
    [InlineData("duration", "30 min")]
    [InlineData("start", "10.00")]
    public void XsdValidator_RejectsABrokenValue(string element, string value)
    {
        var document = ScheduleOutputs.ParseXml(ScheduleOutputs.Xml(ScheduleOutputs.Seed));
        ScheduleOutputs.XmlItems(document)[0].Element(element)!.Value = value;

        Assert.NotEmpty(C3vocSchemas.ValidateXml(Encoding.UTF8.GetBytes(document.ToString())));
    }

    [Fact]
    public void XsdValidator_RejectsTwoEventsWithTheSameId()
    {
        var document = ScheduleOutputs.ParseXml(ScheduleOutputs.Xml(ScheduleOutputs.Seed));
        var items = ScheduleOutputs.XmlItems(document);
        items[1].SetAttributeValue("id", items[0].Attribute("id")!.Value);

        Assert.NotEmpty(C3vocSchemas.ValidateXml(Encoding.UTF8.GetBytes(document.ToString())));
    }

    [Fact]
    public void XsdValidator_RejectsAMissingTrack()
    {
        var document = ScheduleOutputs.ParseXml(ScheduleOutputs.Xml(ScheduleOutputs.Seed));
        ScheduleOutputs.XmlItems(document)[0].Element("track")!.Remove();

        Assert.NotEmpty(C3vocSchemas.ValidateXml(Encoding.UTF8.GetBytes(document.ToString())));
    }

    [Theory]
    [InlineData("\"duration\": \"00:30\"", "\"duration\": \"30\"")]
    [InlineData("\"type\": \"break\",", "")]
    [InlineData("\"time_zone_name\": \"Europe/Warsaw\"", "\"time_zone_name\": \"warsaw\"")]
    [InlineData("\"acronym\": \"prb_2011_11_09_wroclaw\"", "\"acronym\": \"prb-2011-11-09-wroclaw\"")]
    public void JsonValidator_RejectsABrokenSeedSchedule(string from, string to)
    {
        var json = ScheduleOutputs.Text(ScheduleOutputs.Json(ScheduleOutputs.Seed));
        var broken = json.Replace(from, to, StringComparison.Ordinal);
        Assert.NotEqual(json, broken);

        Assert.False(C3vocSchemas.EvaluateJson(Encoding.UTF8.GetBytes(broken)).IsValid);
    }

    [Fact]
    public void XsdValidator_AcceptsTheSeedAfterTheSameXDocumentRoundTrip()
    {
        // The hand-made documents above must fail for their change only: unchanged, the same route validates.
        var document = ScheduleOutputs.ParseXml(ScheduleOutputs.Xml(ScheduleOutputs.Seed));

        Assert.Empty(C3vocSchemas.ValidateXml(Encoding.UTF8.GetBytes(document.ToString(SaveOptions.None))));
    }

    [Fact]
    public void MissingSchemaFolder_FailsWithAClearMessage()
    {
        var root = Directory.CreateTempSubdirectory("prb-events-no-shared-");
        try
        {
            var clone = root.CreateSubdirectory("clone");

            var ex = Assert.Throws<InvalidOperationException>(() => C3vocSchemas.Locate(clone));

            Assert.Contains("shared/schemas/c3voc", ex.Message, StringComparison.Ordinal);
            Assert.Contains(Path.Combine(root.FullName, "shared", "schemas", "c3voc"), ex.Message, StringComparison.Ordinal);
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }
}
