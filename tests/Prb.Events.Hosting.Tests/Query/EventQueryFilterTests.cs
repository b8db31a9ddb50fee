using NodaTime;
using Prb.Events.Hosting.Tests.TestSupport;

namespace Prb.Events.Hosting.Tests.Query;

/// <summary>Each filter of a query on its own, its invariants, its page and how it is written back as parameters.
/// The seed event is a conference of 9 November 2011, organised by one library of Lower Silesia.</summary>
public sealed class EventQueryFilterTests
{
    private static readonly EventScheduler Scheduler = new(DateTimeZoneProviders.Tzdb);

    private static Library Library(string id, string name, Voivodeship voivodeship) =>
        new(new OrganizationId(id), name, LibraryKind.Municipal, new Municipality("Gmina", MunicipalityType.Urban, voivodeship));

    private static CatalogEntry Entry(Event e) => new(e, Scheduler.Schedule(e), "memory", Instant.FromUtc(2027, 1, 1, 0, 0));

    private static bool Matches(EventQuery query, Event? e = null) => query.Matches(Entry(e ?? Seed.Event));

    [Fact]
    public void Kind_finds_events_of_that_kind_only()
    {
        Assert.True(Matches(new EventQuery(kind: EventKind.Conference)));
        Assert.False(Matches(new EventQuery(kind: EventKind.Workshop)));
    }

    [Fact]
    public void Region_finds_events_organised_by_a_library_of_that_voivodeship()
    {
        Assert.True(Matches(new EventQuery(region: Voivodeship.Dolnoslaskie)));
        Assert.False(Matches(new EventQuery(region: Voivodeship.Slaskie)));
    }

    [Fact]
    public void Audience_finds_events_for_that_audience_or_for_everyone()
    {
        var forSeniors = Seed.Event.ToBuilder().ForAudiences(Audience.Seniors).Build();
        var forEveryone = Seed.Event.ToBuilder().ForAudiences(Audience.Everyone).Build();

        Assert.True(Matches(new EventQuery(audience: Audience.Seniors), forSeniors));
        Assert.False(Matches(new EventQuery(audience: Audience.Children), forSeniors));
        Assert.True(Matches(new EventQuery(audience: Audience.Children), forEveryone));
        Assert.False(Matches(new EventQuery(audience: Audience.Children), Seed.Event));
    }

    [Theory]
    [InlineData("dbp-wroclaw", true)]
    [InlineData("Dolnośląska Wrocławiu", true)]
    [InlineData("dolnoslaska mikulskiego", true)]
    [InlineData("DBP-WROCLAW", false)]
    [InlineData("dbp-wroc", false)]
    [InlineData("Fundacja Rozwoju", false)]
    [InlineData("Dolnośląska Kraków", false)]
    public void Organizer_is_an_organiser_id_or_words_of_its_name(string organizer, bool expected) =>
        Assert.Equal(expected, Matches(new EventQuery(organizer: organizer)));

    [Fact]
    public void Organizer_looks_at_every_organiser()
    {
        var two = Seed.Event.ToBuilder().OrganizedBy(Library("mbp-opole", "Miejska Biblioteka Publiczna w Opolu", Voivodeship.Opolskie)).Build();

        Assert.True(Matches(new EventQuery(organizer: "Opolu"), two));
        Assert.True(Matches(new EventQuery(organizer: "mbp-opole"), two));
        Assert.True(Matches(new EventQuery(region: Voivodeship.Opolskie), two));
    }

    [Theory]
    [InlineData("konferencja regionalna", true)]
    [InlineData("KONFERENCJA", true)]
    [InlineData("konferencja zoo", false)]
    public void Text_needs_every_word(string text, bool expected) =>
        Assert.Equal(expected, Matches(new EventQuery(text: text)));

    [Fact]
    public void Dates_find_the_event_on_its_day_only()
    {
        Assert.True(Matches(new EventQuery(from: new LocalDate(2011, 11, 9), to: new LocalDate(2011, 11, 9))));
        Assert.False(Matches(new EventQuery(from: new LocalDate(2011, 11, 10))));
    }

    [Fact]
    public void Every_filter_at_once_that_fits_finds_the_event() =>
        Assert.True(Matches(new EventQuery(new LocalDate(2011, 11, 1), new LocalDate(2011, 11, 30), null, "dbp-wroclaw",
            Voivodeship.Dolnoslaskie, EventKind.Conference, null, "partnerstwach")));

    [Fact]
    public void Run_gives_every_match_and_the_page()
    {
        var other = Seed.Event.ToBuilder().WithSlug(new Slug("warsztaty")).OfKind(EventKind.Workshop).Build();
        var third = Seed.Event.ToBuilder().WithSlug(new Slug("trzecia")).Build();
        var snapshot = new EventCatalogSnapshot([Entry(Seed.Event), Entry(other), Entry(third)], 1);

        var result = new EventQuery(kind: EventKind.Conference, pageSize: 1, page: 2).Run(snapshot);

        Assert.Equal([Seed.Slug, "trzecia"], result.Matches.Select(m => m.Event.Slug.Value));
        Assert.Equal(["trzecia"], result.Page.Select(m => m.Event.Slug.Value));
    }

    [Theory]
    [InlineData(1, 2, new[] { 1, 2 })]
    [InlineData(2, 2, new[] { 3, 4 })]
    [InlineData(3, 2, new[] { 5 })]
    [InlineData(4, 2, new int[0])]
    [InlineData(2, 5, new int[0])]
    [InlineData(1, 9, new[] { 1, 2, 3, 4, 5 })]
    [InlineData(int.MaxValue, 1000, new int[0])]
    public void PageOf_takes_the_page_in_the_callers_order(int page, int pageSize, int[] expected) =>
        Assert.Equal(expected, new EventQuery(page: page, pageSize: pageSize).PageOf([1, 2, 3, 4, 5]));

    [Fact]
    public void WithPage_keeps_every_filter()
    {
        var query = new EventQuery(new LocalDate(2027, 1, 1), new LocalDate(2027, 2, 1), DateTimeZoneProviders.Tzdb["Asia/Tokyo"], "dbp",
            Voivodeship.Slaskie, EventKind.Gala, Audience.Adults, "żółw", 3, 7);

        var next = query.WithPage(4);

        Assert.Equal(4, next.Page);
        Assert.Equal(7, next.PageSize);
        Assert.Equal(query.ToQueryString(includePaging: false), next.ToQueryString(includePaging: false));
        Assert.Equal("q=%C5%BC%C3%B3%C5%82w&from=2027-01-01&to=2027-02-01&tz=Asia%2FTokyo&region=slaskie&organizer=dbp&kind=gala&audience=adults&page=4&pageSize=7",
            next.ToQueryString(includePaging: true));
    }

    [Theory]
    [InlineData(1, 20, 20, "")]
    [InlineData(2, 20, 20, "page=2")]
    [InlineData(1, 20, 25, "pageSize=20")]
    [InlineData(3, 7, 20, "page=3&pageSize=7")]
    public void Paging_is_written_only_when_not_the_default(int page, int pageSize, int defaultPageSize, string expected) =>
        Assert.Equal(expected, new EventQuery(page: page, pageSize: pageSize).ToQueryString(includePaging: true, defaultPageSize));

    [Fact]
    public void The_default_page_size_left_out_is_20() =>
        Assert.Equal(["page=2"], [new EventQuery(page: 2, pageSize: 20).ToQueryString(includePaging: true)]);

    [Fact]
    public void Paging_is_not_written_for_a_feed() =>
        Assert.Empty(new EventQuery(page: 3, pageSize: 7).ToParameters(includePaging: false));

    [Theory]
    [InlineData("text")]
    [InlineData("from")]
    [InlineData("to")]
    [InlineData("organizer")]
    [InlineData("region")]
    [InlineData("kind")]
    [InlineData("audience")]
    public void Any_one_filter_makes_a_filtered_query(string filter)
    {
        var query = filter switch
        {
            "text" => new EventQuery(text: "x"),
            "from" => new EventQuery(from: new LocalDate(2027, 1, 1)),
            "to" => new EventQuery(to: new LocalDate(2027, 1, 1)),
            "organizer" => new EventQuery(organizer: "x"),
            "region" => new EventQuery(region: Voivodeship.Lubelskie),
            "kind" => new EventQuery(kind: EventKind.Other),
            _ => new EventQuery(audience: Audience.Children),
        };

        Assert.True(query.IsFiltered);
    }

    [Fact]
    public void A_zone_or_a_page_alone_filters_nothing() =>
        Assert.False(new EventQuery(zone: DateTimeZoneProviders.Tzdb["Asia/Tokyo"], page: 2, pageSize: 3).IsFiltered);

    [Fact]
    public void From_and_to_may_be_one_date() =>
        Assert.Equal(new LocalDate(2027, 1, 1), new EventQuery(new LocalDate(2027, 1, 1), new LocalDate(2027, 1, 1)).To);

    [Fact]
    public void To_before_from_is_refused_with_its_reason() =>
        Assert.StartsWith("The last date must not be before the first date.",
            Assert.Throws<ArgumentException>(() => new EventQuery(new LocalDate(2027, 1, 2), new LocalDate(2027, 1, 1))).Message, StringComparison.Ordinal);

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData(null)]
    public void A_blank_or_too_long_organizer_is_refused(string? blank)
    {
        var organizer = blank ?? new string('a', EventQuery.MaxTextLength + 1);

        var e = Assert.Throws<ArgumentException>(() => new EventQuery(organizer: organizer));

        Assert.Equal("organizer", e.ParamName);
        Assert.StartsWith("An organiser filter has 1 to 200 characters, not all white space.", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\t")]
    public void A_blank_search_is_refused(string text)
    {
        var e = Assert.Throws<ArgumentException>(() => new EventQuery(text: text));

        Assert.Equal("text", e.ParamName);
        Assert.StartsWith("A search has 1 to 200 characters, not all white space.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Texts_of_200_characters_are_accepted()
    {
        var query = new EventQuery(organizer: new string('a', 200), text: new string('b', 200));

        Assert.Equal((200, 200), (query.Organizer!.Length, query.Text!.Length));
    }

    [Fact]
    public void Undefined_tokens_and_paging_below_1_are_out_of_range()
    {
        var region = Assert.Throws<ArgumentOutOfRangeException>(() => new EventQuery(region: (Voivodeship)99));
        var kind = Assert.Throws<ArgumentOutOfRangeException>(() => new EventQuery(kind: (EventKind)99));
        var audience = Assert.Throws<ArgumentOutOfRangeException>(() => new EventQuery(audience: (Audience)99));
        Assert.Equal(("region", (object)(Voivodeship)99), (region.ParamName, region.ActualValue));
        Assert.StartsWith("Not a voivodeship.", region.Message, StringComparison.Ordinal);
        Assert.Equal("kind", kind.ParamName);
        Assert.StartsWith("Not an event kind.", kind.Message, StringComparison.Ordinal);
        Assert.Equal("audience", audience.ParamName);
        Assert.StartsWith("Not an audience.", audience.Message, StringComparison.Ordinal);
        Assert.StartsWith("Pages are numbered from 1.", Assert.Throws<ArgumentOutOfRangeException>(() => new EventQuery(page: 0)).Message, StringComparison.Ordinal);
        Assert.StartsWith("A page holds at least one event.", Assert.Throws<ArgumentOutOfRangeException>(() => new EventQuery(pageSize: 0)).Message, StringComparison.Ordinal);
        Assert.Equal(1, new EventQuery(page: 1, pageSize: 1).PageSize);
    }

    [Fact]
    public void RegionsOf_is_each_voivodeship_of_the_organising_libraries_once_in_their_order()
    {
        var e = Seed.Event.ToBuilder()
            .OrganizedBy(Library("mbp-opole", "Miejska Biblioteka Publiczna w Opolu", Voivodeship.Opolskie))
            .OrganizedBy(Library("mbp-legnica", "Legnicka Biblioteka Publiczna", Voivodeship.Dolnoslaskie))
            .AddLibrary(Library("mbp-lublin", "Biblioteka w Lublinie", Voivodeship.Lubelskie))
            .Build();

        Assert.Equal([Voivodeship.Dolnoslaskie, Voivodeship.Opolskie], EventQuery.RegionsOf(e));
    }

    [Fact]
    public void Null_arguments_are_refused_by_name()
    {
        var query = new EventQuery();

        Assert.Equal("entry", Assert.Throws<ArgumentNullException>(() => query.Matches(null!)).ParamName);
        Assert.Equal("snapshot", Assert.Throws<ArgumentNullException>(() => query.Run(null!)).ParamName);
        Assert.Equal("items", Assert.Throws<ArgumentNullException>(() => query.PageOf<int>(null!)).ParamName);
        Assert.Equal("event", Assert.Throws<ArgumentNullException>(() => EventQuery.RegionsOf(null!)).ParamName);
    }
}
