using Microsoft.Extensions.Primitives;
using NodaTime;

namespace Prb.Events.Hosting.Tests.Query;

public class EventQueryTests
{
    private static readonly PrbEventsOptions Options = new();

    [Fact]
    public void Construction_ToBeforeFrom_NamesTo()
    {
        var ex = Assert.Throws<ArgumentException>(() => new EventQuery(new LocalDate(2027, 1, 2), new LocalDate(2027, 1, 1)));

        Assert.Equal("to", ex.ParamName);
    }

    [Theory]
    [InlineData(0, 20, "page")]
    [InlineData(1, 0, "pageSize")]
    public void Construction_BadPaging_NamesTheParameter(int page, int pageSize, string parameter) =>
        Assert.Equal(parameter, Assert.Throws<ArgumentOutOfRangeException>(() => new EventQuery(page: page, pageSize: pageSize)).ParamName);

    [Fact]
    public void Construction_TooLongText_NamesText() =>
        Assert.Equal("text", Assert.Throws<ArgumentException>(() => new EventQuery(text: new string('a', EventQuery.MaxTextLength + 1))).ParamName);

    [Fact]
    public void ToQueryString_ReadsBackToTheSameQuery()
    {
        var query = Parse("q=%C5%BC%C3%B3%C5%82w+%26+co%C5%9B&from=2027-01-01&to=2027-02-01&tz=Asia/Tokyo&region=slaskie&organizer=dbp&kind=workshop&audience=seniors&page=3&pageSize=7");

        var again = Parse(query.ToQueryString(includePaging: true));

        Assert.Equal(query.ToQueryString(true), again.ToQueryString(true));
        Assert.Equal("żółw & coś", again.Text);
        Assert.Equal(Audience.Seniors, again.Audience);
        Assert.Equal(3, again.Page);
        Assert.Equal(7, again.PageSize);
        Assert.Equal("Asia/Tokyo", again.Zone?.Id);
        Assert.Equal("q=%C5%BC%C3%B3%C5%82w%20%26%20co%C5%9B&from=2027-01-01&to=2027-02-01&tz=Asia%2FTokyo&region=slaskie&organizer=dbp&kind=workshop&audience=seniors",
            query.ToQueryString(includePaging: false));
    }

    [Fact]
    public void ToQueryString_NoFilter_IsEmpty() => Assert.Equal(string.Empty, Parse("page=1").ToQueryString(true));

    [Theory]
    [InlineData("page=2", false, "page")]
    [InlineData("audience=Children", true, "audience")]
    [InlineData("q=" + "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", true, "q")]
    [InlineData("pageSize=101", true, "pageSize")]
    [InlineData("page=%EF%BC%91", true, "page")]
    public void TryParse_Refuses_NamingTheParameter(string queryString, bool paged, string parameter)
    {
        Assert.False(EventQueryParser.TryParse(Pairs(queryString), Options, DateTimeZoneProviders.Tzdb, paged, out _, out var problem));
        Assert.Equal(parameter, problem.Parameter);
    }

    private static EventQuery Parse(string queryString)
    {
        Assert.True(EventQueryParser.TryParse(Pairs(queryString), Options, DateTimeZoneProviders.Tzdb, paged: true, out var query, out var problem), problem?.Detail);
        return query;
    }

    private static IEnumerable<KeyValuePair<string, StringValues>> Pairs(string queryString) =>
        queryString.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .GroupBy(p => Unescape(p[0]), p => Unescape(p.ElementAtOrDefault(1) ?? string.Empty))
            .Select(g => new KeyValuePair<string, StringValues>(g.Key, g.ToArray()));

    private static string Unescape(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));
}
