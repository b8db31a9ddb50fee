using NodaTime;

namespace Prb.Events.Hosting.Tests.Query;

/// <summary>What a search looks in: every text of an event a reader would search by, each on its own.</summary>
public sealed class SearchTextFieldsTests
{
    private static readonly Person Speaker = new(new PersonId("anna-mowczyni"), "Anna Prelegentka");

    private static Event Everything() =>
        Event.CreateBuilder(new EventId("wszystko"), "Tytułowy wieczór").InZone("Europe/Warsaw")
            .On(new LocalDate(2027, 5, 10), new LocalTime(18, 0), new LocalTime(20, 0))
            .Edition("Edycja jesienna")
            .Described("Opis z żubrem")
            .Tagged("pierwszy-znacznik", "drugi-znacznik")
            .At(new Venue("Sala Kolumnowa"))
            .OrganizedBy(new Organization(new OrganizationId("fundacja"), "Fundacja Wydawnicza", OrganizationKind.Foundation))
            .AddPerson(Speaker)
            .AddItem("wyklad", AgendaItemKind.Lecture, "Wykład o ptakach", new LocalTime(18, 0), new LocalTime(19, 0),
                item => item.Described("Gawęda o sowach").By(Speaker.Id))
            .Build();

    [Theory]
    [InlineData("tytulowy")]
    [InlineData("jesienna")]
    [InlineData("zubrem")]
    [InlineData("pierwszy-znacznik")]
    [InlineData("drugi-znacznik")]
    [InlineData("kolumnowa")]
    [InlineData("wydawnicza")]
    [InlineData("ptakach")]
    [InlineData("sowach")]
    [InlineData("prelegentka")]
    public void A_search_finds_a_word_of_each_text_of_the_event(string word) =>
        Assert.True(new EventQuery(text: word).Matches(Entry(Everything())));

    [Fact]
    public void Texts_are_not_run_together()
    {
        // The title ends in "wieczór" and the edition starts with "Edycja": no word spans the two.
        Assert.False(new EventQuery(text: "wieczoredycja").Matches(Entry(Everything())));
        Assert.False(new EventQuery(text: "wieczor edycja zebra").Matches(Entry(Everything())));
    }

    [Fact]
    public void ContainsAllWords_refuses_missing_arguments_by_name()
    {
        Assert.Equal("foldedText", Assert.Throws<ArgumentNullException>(() => SearchText.ContainsAllWords(null!, "x")).ParamName);
        Assert.Equal("search", Assert.Throws<ArgumentNullException>(() => SearchText.ContainsAllWords("x", null!)).ParamName);
    }

    private static CatalogEntry Entry(Event e) => new(e, EventScheduler.Default.Schedule(e), "memory", Instant.FromUtc(2027, 1, 1, 0, 0));
}
