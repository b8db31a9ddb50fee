using NodaTime;

namespace Prb.Events.Tests;

public class EventLimitsTests
{
    [Fact]
    public void The_edges_are_supported_and_a_day_beyond_is_not()
    {
        Assert.True(EventLimits.Contains(EventLimits.MinDate));
        Assert.True(EventLimits.Contains(EventLimits.MaxDate));
        Assert.False(EventLimits.Contains(EventLimits.MinDate.PlusDays(-1)));
        Assert.False(EventLimits.Contains(EventLimits.MaxDate.PlusDays(1)));
        Assert.True(EventLimits.Contains(EventLimits.MaxInstant));
        Assert.False(EventLimits.Contains(EventLimits.MaxInstant + Duration.Epsilon));
        Assert.False(EventLimits.Contains(EventLimits.MinInstant - Duration.Epsilon));
    }

    [Fact]
    public void Every_time_the_model_takes_is_checked_naming_the_parameter()
    {
        Assert.Equal("local", Assert.Throws<ArgumentOutOfRangeException>(() => new EventTime(new LocalDateTime(9999, 12, 31, 20, 0))).ParamName);
        Assert.Equal("until", Assert.Throws<ArgumentOutOfRangeException>(() => new FeeTier("normalna", 10m, "PLN", new LocalDate(1, 1, 1))).ParamName);
        Assert.Equal("dateAdded", Assert.Throws<ArgumentOutOfRangeException>(() => new Listing(new LocalDate(9999, 12, 31))).ParamName);
        Assert.Equal("lastModified", Assert.Throws<ArgumentOutOfRangeException>(() =>
            Event.CreateBuilder(new EventId("x"), "X").LastModifiedAt(Instant.FromUtc(-5, 1, 1, 0, 0))).ParamName);
    }

    [Theory]
    [InlineData("\"dateAdded\": \"2011-11-08\"", "\"dateAdded\": \"9999-12-31\"")]
    [InlineData("\"start\": \"2011-11-09T10:00:00\",\n      \"end\": \"2011-11-09T14:30:00\"", "\"start\": \"9999-12-31T10:00:00\",\n      \"end\": \"9999-12-31T14:30:00\"")]
    [InlineData("\"slug\": \"prb-2011-11-09-wroclaw\",", "\"slug\": \"prb-2011-11-09-wroclaw\", \"lastModified\": \"-0005-01-01T00:00:00Z\",")]
    public void A_document_beyond_the_range_is_a_document_error(string original, string replacement)
    {
        var json = File.ReadAllText(RepositoryRoot.SeedDocument);
        Assert.Contains(original, json, StringComparison.Ordinal);

        Assert.Throws<EventDocumentException>(() => EventDocumentSerializer.Read(json.Replace(original, replacement, StringComparison.Ordinal)));
    }
}
