using System.Text;
using System.Text.Json;
using ApprovalTests;
using ApprovalTests.Reporters;
using CsCheck;
using Json.Schema;
using NodaTime;
using Prb.Events.Tests.TestSupport;

namespace Prb.Events.Tests.Serialization;

[UseReporter(typeof(QuietReporter))]
public class EventDocumentSerializerTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() => RepositoryFiles.EventSchema);

    private static string SeedJson => File.ReadAllText(RepositoryFiles.SeedDocumentPath);

    [Fact]
    public void Read_SeedDocument_HasTheFactsOfTheAnnouncement()
    {
        var e = EventDocumentSerializer.Read(SeedJson);

        Assert.Equal("Biblioteki w partnerstwach lokalnych – dobre praktyki", e.Title);
        Assert.Equal("II Konferencja Regionalna PRB", e.Edition);
        Assert.Equal("Europe/Warsaw", e.TimeZoneId);
        Assert.Equal(new LocalDate(2011, 11, 9), e.Start.Date);
        Assert.Equal(new LocalTime(14, 30), e.End.Local.TimeOfDay);
        var coffee = Assert.Single(e.Agenda, a => a.Kind == AgendaItemKind.CoffeeBreak);
        Assert.Equal(new LocalTime(11, 30), coffee.Start.Local.TimeOfDay);
        Assert.Equal(new LocalTime(12, 0), coffee.End.Local.TimeOfDay);
        var contact = Assert.Single(e.Contacts);
        Assert.Equal("Beata Jasiak", e.FindPerson(contact.PersonId)!.Name);
        Assert.Equal("71 33 52 237", contact.Phone);
        Assert.Equal("bjasiak@wbp.wroc.pl", contact.Email);
        Assert.Equal("Dolnośląska Biblioteka Publiczna im. Tadeusza Mikulskiego we Wrocławiu", e.FindOrganizationName(Assert.Single(e.OrganizerIds)));
        var contest = Assert.Single(e.Contests);
        var laureate = Assert.Single(contest.Laureates);
        Assert.Equal("Pejzaże znad Skoryni", laureate.ProjectTitle);
        Assert.Equal(3, laureate.Result!.Place);
        Assert.Equal(AgendaItemKind.AwardCeremony, e.FindAgendaItem(contest.Presentation!.AgendaItemId)!.Kind);
        Assert.True(e.Listing!.Featured);
        Assert.Equal(new LocalDate(2011, 11, 8), e.Listing.DateAdded);
        Assert.Contains(e.Assumptions, a => a.Path == "days[0].start");
    }

    [Fact]
    public void Read_SeedDocument_IsValid()
    {
        var result = EventValidator.Default.Validate(EventDocumentSerializer.Read(SeedJson));

        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Diagnostics));
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Write_SeedDocument_GivesBackTheCommittedFileByteForByte()
    {
        var bytes = File.ReadAllBytes(RepositoryFiles.SeedDocumentPath);
        var e = EventDocumentSerializer.Read(bytes);

        var written = EventDocumentSerializer.WriteUtf8(e);

        // The committed sample carries a "$schema" pointer for editors; everything else must be what we write.
        var withoutSchema = Encoding.UTF8.GetString(bytes).Replace("  \"$schema\": \"../../docs/schema/prb-event-1.schema.json\",\n", "", StringComparison.Ordinal);
        Assert.Equal(withoutSchema, Encoding.UTF8.GetString(written));
        Assert.False(written.AsSpan().StartsWith(Encoding.UTF8.Preamble));
    }

    [Fact]
    public void Write_SeedDocument_MatchesSnapshot()
    {
        var e = EventDocumentSerializer.Read(SeedJson);
        Approvals.VerifyWithExtension(EventDocumentSerializer.Write(e), ".json");
    }

    [Fact]
    public void Schema_AcceptsTheSeedDocument()
    {
        var result = Schema.Value.Evaluate(JsonDocument.Parse(SeedJson).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, Describe(result));
    }

    [Theory]
    [InlineData("\"title\": \"Biblioteki w partnerstwach lokalnych – dobre praktyki\",", "")]
    [InlineData("\"kind\": \"conference\"", "\"kind\": \"congress\"")]
    [InlineData("\"timeZone\": \"Europe/Warsaw\",", "\"timeZone\": \"Europe/Warsaw\", \"colour\": \"red\",")]
    [InlineData("\"start\": \"2011-11-09T11:30:00\"", "\"start\": \"11:30\"")]
    [InlineData("\"id\": \"przerwa-kawowa\"", "\"id\": \"przerwa kawowa\"")]
    public void Schema_And_Reader_BothRejectBrokenDocuments(string from, string to)
    {
        var broken = SeedJson.Replace(from, to, StringComparison.Ordinal);
        Assert.NotEqual(SeedJson, broken);

        var result = Schema.Value.Evaluate(JsonDocument.Parse(broken).RootElement);
        Assert.False(result.IsValid);
        Assert.Throws<EventDocumentException>(() => EventDocumentSerializer.Read(broken));
    }

    [Fact]
    public void RoundTrip_RandomEvents_IsLosslessAndSchemaValid()
    {
        EventGenerators.Events.Sample(e =>
        {
            var json = EventDocumentSerializer.Write(e);
            var back = EventDocumentSerializer.Read(json);
            DeepEquality.AssertEqual(e, back);
            Assert.Equal(json, EventDocumentSerializer.Write(back));
            var result = Schema.Value.Evaluate(JsonDocument.Parse(json).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
            Assert.True(result.IsValid, Describe(result) + Environment.NewLine + json);
        }, iter: 300);
    }

    [Fact]
    public void Write_KeepsPolishEmojiAndRightToLeftTextAsThemselves()
    {
        var e = Event.CreateBuilder(new EventId("tekst"), "Zażółć gęślą jaźń 📚 שלום")
            .InZone("Europe/Warsaw")
            .On(new LocalDate(2011, 11, 9), new LocalTime(10, 0), new LocalTime(14, 30))
            .Build();

        var json = EventDocumentSerializer.Write(e);

        Assert.Contains("\"title\": \"Zażółć gęślą jaźń 📚 שלום\"", json, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> BrokenDocuments => new()
    {
        { "{\"formatVersion\":\"1.0\",\"id\":\"x\",\"title\":\"t\",\"kind\":\"conference\",\"timeZone\":\"UTC\",\"language\":\"pl\",\"days\":[{\"start\":\"2011-11-09T10:00\",\"end\":\"2011-11-09T11:00\"}],\"colour\":1}", "$.colour" },
        { "{\"formatVersion\":\"1.0\",\"id\":\"x\",\"id\":\"y\",\"title\":\"t\",\"kind\":\"conference\",\"timeZone\":\"UTC\",\"language\":\"pl\",\"days\":[]}", "$.id" },
        { "{\"formatVersion\":\"1.0\",\"id\":\"x\",\"title\":\"t\",\"kind\":\"conference\",\"timeZone\":\"UTC\",\"language\":\"pl\",\"days\":[{\"start\":\"9 listopada\",\"end\":\"2011-11-09T11:00\"}]}", "$.days[0].start" },
        { "{\"formatVersion\":\"1.0\",\"id\":\"x y\",\"title\":\"t\",\"kind\":\"conference\",\"timeZone\":\"UTC\",\"language\":\"pl\",\"days\":[{\"start\":\"2011-11-09T10:00\",\"end\":\"2011-11-09T11:00\"}]}", "$.id" },
        { "{\"formatVersion\":\"2.0\",\"id\":\"x\",\"title\":\"t\",\"kind\":\"conference\",\"timeZone\":\"UTC\",\"language\":\"pl\",\"days\":[{\"start\":\"2011-11-09T10:00\",\"end\":\"2011-11-09T11:00\"}]}", "$.formatVersion" },
        { "{\"formatVersion\":\"1.0\",\"id\":\"x\",\"title\":\"t\",\"kind\":\"conference\",\"timeZone\":\"UTC\",\"language\":\"pl\",\"days\":[]}", "$.days" },
        { "{\"formatVersion\":\"1.0\",\"id\":\"x\",\"title\":\"t\",\"kind\":\"conference\",\"timeZone\":\"UTC\",\"language\":\"pl\",\"days\":[{\"start\":\"2011-11-09T10:00\",\"end\":\"2011-11-09T11:00\"}],\"url\":\"/relative\"}", "$.url" },
        { "{\"formatVersion\":\"1.0\",\"id\":\"x\",\"title\":\"t\",\"kind\":\"conference\",\"timeZone\":\"UTC\",\"language\":\"pl\",\"days\":[{\"start\":\"2011-11-09T10:00\",\"end\":\"2011-11-09T11:00\"}],\"revision\":99999999999999999999}", "$.revision" },
        { "{\"formatVersion\":\"1.0\",\"id\":\"x\",\"title\":\"a\\ud800b\",\"kind\":\"conference\",\"timeZone\":\"UTC\",\"language\":\"pl\",\"days\":[{\"start\":\"2011-11-09T10:00\",\"end\":\"2011-11-09T11:00\"}]}", "$.title" },
        { "{\"formatVersion\":\"1.0\",\"id\":\"x\",\"title\":\"t\",\"kind\":\"conference\",\"timeZone\":\"UTC\",\"language\":\"pl\",\"days\":[{\"start\":\"2011-11-09T10:00\",\"end\":\"2011-11-09T11:00\"}],\"agenda\":[{\"id\":\"a\",\"kind\":\"lecture\",\"title\":\"t\",\"start\":\"2011-11-09T10:00\",\"end\":\"2011-11-09T11:00\",\"revision\":-1}]}", "$.agenda[0].revision" },
        { "{\"formatVersion\":\"1.0\",\"id\":\"x\",\"title\":\"t\",\"kind\":3,\"timeZone\":\"UTC\",\"language\":\"pl\",\"days\":[{\"start\":\"2011-11-09T10:00\",\"end\":\"2011-11-09T11:00\"}]}", "$.kind" },
        { "{\"formatVersion\":\"1.0\",\"id\":\"x\",\"title\":null,\"kind\":\"conference\",\"timeZone\":\"UTC\",\"language\":\"pl\",\"days\":[{\"start\":\"2011-11-09T10:00\",\"end\":\"2011-11-09T11:00\"}]}", "$.title" },
        { "{\"formatVersion\":\"1.0\",\"id\":\"x\",\"kind\":\"conference\",\"timeZone\":\"UTC\",\"language\":\"pl\",\"days\":[{\"start\":\"2011-11-09T10:00\",\"end\":\"2011-11-09T11:00\"}]}", "$" },
        { "[1, 2]", "$" },
        { "null", "$" },
        { "{\"formatVersion\": ", "$.formatVersion" },
    };

    [Theory]
    [MemberData(nameof(BrokenDocuments))]
    public void Read_BrokenDocument_ThrowsWithTheJsonPath(string json, string expectedPath)
    {
        var ex = Assert.Throws<EventDocumentException>(() => EventDocumentSerializer.Read(json));

        Assert.Equal(expectedPath, ex.Path);
        Assert.False(string.IsNullOrWhiteSpace(ex.Reason));
        Assert.DoesNotContain("Prb.Events.Dto", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_InvalidUtf8_ThrowsDocumentException()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"formatVersion\":\"1.0\",\"id\":\"x\",\"title\":\"AB\"}");
        bytes[Array.IndexOf(bytes, (byte)'A')] = 0xC3;
        bytes[Array.IndexOf(bytes, (byte)'B')] = 0x28;

        Assert.Throws<EventDocumentException>(() => EventDocumentSerializer.Read(bytes));
    }

    [Fact]
    public void Read_DeepNesting_ThrowsDocumentException()
    {
        var json = "{\"formatVersion\":\"1.0\",\"x\":" + new string('[', 5000) + new string(']', 5000) + "}";

        Assert.Throws<EventDocumentException>(() => EventDocumentSerializer.Read(json));
    }

    [Fact]
    public void Read_NotJson_ThrowsDocumentExceptionWithLine()
    {
        var ex = Assert.Throws<EventDocumentException>(() => EventDocumentSerializer.Read("BEGIN:VCALENDAR\r\n"));

        Assert.Equal(1, ex.Line);
        Assert.Equal(1, ex.ByteColumn);
        Assert.EndsWith("(line 1, byte 1)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_Stream_ReadsTheSeed()
    {
        await using var stream = File.OpenRead(RepositoryFiles.SeedDocumentPath);

        var e = await EventDocumentSerializer.ReadAsync(stream);

        Assert.Equal("prb-2011-11-09-wroclaw", e.Slug.Value);
    }

    [Fact]
    public void Read_AmbiguousTimeWithOffset_KeepsTheOffset()
    {
        var json = SeedJson.Replace("\"start\": \"2011-11-09T11:30:00\"", "\"start\": \"2011-11-09T11:30:00+01:00\"", StringComparison.Ordinal);

        var e = EventDocumentSerializer.Read(json);

        var coffee = Assert.Single(e.Agenda, a => a.Kind == AgendaItemKind.CoffeeBreak);
        Assert.Equal(Offset.FromHours(1), coffee.Start.Offset);
        Assert.Contains("\"start\": \"2011-11-09T11:30:00+01:00\"", EventDocumentSerializer.Write(e), StringComparison.Ordinal);
    }

    private static string Describe(EvaluationResults result) =>
        string.Join(Environment.NewLine, (result.Details ?? []).Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key} {e.Value}")));
}
