using System.Text.Json;
using Json.Schema;
using Prb.Events.Tests.Support;
using Prb.Events.Tests.TestSupport;

namespace Prb.Events.Tests.Serialization;

/// <summary>The audiences of format 1.1: written, read back, described by the schema, refused in a 1.0 document.</summary>
public class AudienceDocumentTests
{
    private const string Minimal = "\"id\":\"x\",\"title\":\"t\",\"kind\":\"workshop\",\"timeZone\":\"Europe/Warsaw\",\"language\":\"pl\",\"days\":[{\"start\":\"2027-06-10T10:00\",\"end\":\"2027-06-10T12:00\"}]";

    private static readonly Lazy<JsonSchema> Schema = new(() => RepositoryFiles.EventSchema);

    [Fact]
    public void Write_Audiences_RoundTripsAsTokensInVersion11()
    {
        var e = Samples.OneDay().ForAudiences(Audience.LibrariansAndProfessionals, Audience.Seniors).Build();

        var json = EventDocumentSerializer.Write(e);
        using var doc = JsonDocument.Parse(json);

        Assert.Equal("1.1", doc.RootElement.GetProperty("formatVersion").GetString());
        Assert.Equal(["librarians-and-professionals", "seniors"], doc.RootElement.GetProperty("audiences").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(e.Audiences, EventDocumentSerializer.Read(json).Audiences);
        Assert.True(Schema.Value.Evaluate(doc.RootElement).IsValid);
    }

    [Fact]
    public void Write_NoAudiences_LeavesThePropertyOut()
    {
        var json = EventDocumentSerializer.Write(Samples.OneDay().Build());

        Assert.DoesNotContain("audiences", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Version10WithoutAudiences_StillReads()
    {
        var e = EventDocumentSerializer.Read("{\"formatVersion\":\"1.0\"," + Minimal + "}");

        Assert.Empty(e.Audiences);
    }

    [Theory]
    [InlineData("1.0", "[\"children\"]", "$.audiences")]
    [InlineData("1.0", "[]", "$.audiences")]
    [InlineData("1.1", "[\"children\",\"children\"]", "$.audiences")]
    [InlineData("1.1", "[\"kids\"]", "$.audiences[0]")]
    [InlineData("1.1", "[\"Children\"]", "$.audiences[0]")]
    [InlineData("1.1", "[0]", "$.audiences[0]")]
    [InlineData("1.1", "\"children\"", "$.audiences")]
    public void Read_BadAudiences_NamesThePath(string version, string audiences, string path)
    {
        var json = "{\"formatVersion\":\"" + version + "\"," + Minimal + ",\"audiences\":" + audiences + "}";

        var ex = Assert.Throws<EventDocumentException>(() => EventDocumentSerializer.Read(json));

        Assert.Equal(path, ex.Path);
    }

    [Theory]
    [InlineData("1.0", "[\"children\"]", false)]
    [InlineData("1.0", "[]", false)]
    [InlineData("1.1", "[\"children\"]", true)]
    public void Schema_RefusesAudiencesInA10Document_AsTheReaderDoes(string version, string audiences, bool valid)
    {
        var json = "{\"formatVersion\":\"" + version + "\"," + Minimal + ",\"audiences\":" + audiences + "}";

        Assert.Equal(valid, Schema.Value.Evaluate(JsonDocument.Parse(json).RootElement).IsValid);
    }

    [Fact]
    public void Schema_RefusesAnUnknownAudienceAndADuplicate()
    {
        foreach (var audiences in new[] { "[\"kids\"]", "[\"adults\",\"adults\"]" })
        {
            var json = "{\"formatVersion\":\"1.1\"," + Minimal + ",\"audiences\":" + audiences + "}";
            Assert.False(Schema.Value.Evaluate(JsonDocument.Parse(json).RootElement).IsValid, audiences);
        }
    }
}
