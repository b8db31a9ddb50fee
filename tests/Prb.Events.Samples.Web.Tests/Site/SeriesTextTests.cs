using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NodaTime;
using Prb.Events.Samples.Web.Site;

namespace Prb.Events.Samples.Web.Tests.Site;

/// <summary>The series line in the site's own resources, Polish and English: the ordinal agrees with the weekday's
/// gender, the end date is in the genitive, and the event's zone is named only when the viewer chose another.</summary>
public class SeriesTextTests
{
    private static readonly IStringLocalizer<SiteText> Text = new StringLocalizer<SiteText>(
        new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance));

    private static Event Series(LocalDate first, RecurrenceRule? rule) =>
        (rule is null
            ? Event.CreateBuilder(new EventId("seria"), "Seria").OfKind(EventKind.Meeting).InZone("Europe/Warsaw").On(first, new LocalTime(17, 0), new LocalTime(18, 0))
            : Event.CreateBuilder(new EventId("seria"), "Seria").OfKind(EventKind.Meeting).InZone("Europe/Warsaw").On(first, new LocalTime(17, 0), new LocalTime(18, 0)).Repeats(rule))
        .Build();

    private static string? Describe(Event e, string culture, DateTimeZone? shownZone = null)
    {
        var previous = CultureInfo.CurrentUICulture;
        var info = CultureInfo.GetCultureInfo(culture);
        CultureInfo.CurrentUICulture = info;
        try
        {
            return SeriesText.Describe(e, Text, info, shownZone);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private static readonly LocalDate Tuesday = new(2027, 3, 2);

    [Fact]
    public void OneOffEvent_HasNoLine()
    {
        Assert.Null(Describe(Series(Tuesday, null), "pl-PL"));
    }

    [Fact]
    public void EverySecondTuesday_IsMasculineInPolish()
    {
        var e = Series(Tuesday, new RecurrenceRule(RecurrenceFrequency.Weekly, 2));
        Assert.Equal("co drugi wtorek, 17:00", Describe(e, "pl-PL"));
        Assert.Equal("every second Tuesday, 17:00", Describe(e, "en-GB"));
    }

    [Theory]
    [InlineData(3, IsoDayOfWeek.Wednesday, "2027-03-17", "w trzecią środę miesiąca, 17:00", "on the third Wednesday of every month, 17:00")]
    [InlineData(4, IsoDayOfWeek.Friday, "2027-03-26", "w czwarty piątek miesiąca, 17:00", "on the fourth Friday of every month, 17:00")]
    [InlineData(2, IsoDayOfWeek.Sunday, "2027-03-14", "w drugą niedzielę miesiąca, 17:00", "on the second Sunday of every month, 17:00")]
    [InlineData(-1, IsoDayOfWeek.Thursday, "2027-03-25", "w ostatni czwartek miesiąca, 17:00", "on the last Thursday of every month, 17:00")]
    public void NthWeekdayOfTheMonth_OrdinalAgreesWithTheDay(int ordinal, IsoDayOfWeek day, string first, string polish, string english)
    {
        var e = Series(NodaTime.Text.LocalDatePattern.Iso.Parse(first).Value,
            new RecurrenceRule(RecurrenceFrequency.Monthly, byDay: [new RecurrenceWeekday(day, ordinal)]));
        Assert.Equal(polish, Describe(e, "pl-PL"));
        Assert.Equal(english, Describe(e, "en-GB"));
    }

    public static TheoryData<RecurrenceRule, LocalDate> Unworded => new()
    {
        { new RecurrenceRule(RecurrenceFrequency.Monthly, byDay: [new RecurrenceWeekday(IsoDayOfWeek.Monday, 5)]), new LocalDate(2027, 3, 29) },
        { new RecurrenceRule(RecurrenceFrequency.Monthly, byDay: [new RecurrenceWeekday(IsoDayOfWeek.Monday, -2)]), new LocalDate(2027, 3, 22) },
        { new RecurrenceRule(RecurrenceFrequency.Monthly, byDay: [new RecurrenceWeekday(IsoDayOfWeek.Monday)]), new LocalDate(2027, 3, 1) },
        { new RecurrenceRule(RecurrenceFrequency.Monthly, 2, [new RecurrenceWeekday(IsoDayOfWeek.Monday, 1)]), new LocalDate(2027, 3, 1) },
        { new RecurrenceRule(RecurrenceFrequency.Daily, 2), Tuesday },
        { new RecurrenceRule(RecurrenceFrequency.Daily, byDay: [new RecurrenceWeekday(IsoDayOfWeek.Tuesday)]), Tuesday },
        { new RecurrenceRule(RecurrenceFrequency.Weekly, byMonth: [3]), Tuesday },
        { new RecurrenceRule(RecurrenceFrequency.Monthly, byMonthDay: [2]), Tuesday },
    };

    [Theory]
    [MemberData(nameof(Unworded))]
    public void RulesWithoutWords_AreThePlainRepeatsLabel(RecurrenceRule rule, LocalDate first)
    {
        var e = Series(first, rule);
        Assert.Equal("Powtarza się", Describe(e, "pl-PL"));
        Assert.Equal("Repeats", Describe(e, "en-GB"));
    }

    [Fact]
    public void Until_IsSaidAfterTheTime_InTheGenitive()
    {
        var e = Series(Tuesday, new RecurrenceRule(RecurrenceFrequency.Weekly, until: new LocalDate(2027, 6, 29)));
        Assert.Equal("co wtorek, 17:00 (do 29 czerwca 2027)", Describe(e, "pl-PL"));
        Assert.Equal("every Tuesday, 17:00 (until 29 June 2027)", Describe(e, "en-GB"));
    }

    [Fact]
    public void AnotherShownZone_NamesTheEventsZone_TheSameZoneDoesNot()
    {
        var e = Series(Tuesday, new RecurrenceRule(RecurrenceFrequency.Daily));
        Assert.Equal("codziennie, 17:00 Europe/Warsaw", Describe(e, "pl-PL", DateTimeZoneProviders.Tzdb["Asia/Tokyo"]));
        Assert.Equal("codziennie, 17:00", Describe(e, "pl-PL", DateTimeZoneProviders.Tzdb["Europe/Warsaw"]));
        Assert.Equal("codziennie, 17:00", Describe(e, "pl-PL"));
    }
}
