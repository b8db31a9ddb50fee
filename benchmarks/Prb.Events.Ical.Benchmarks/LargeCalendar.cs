using System.Text;
using NodaTime;

namespace Prb.Events.Ical.Benchmarks;

/// <summary>The calendar of the issue: 10,000 agenda items (or as many as asked for) in Europe/Warsaw, each with a
/// 300-character Polish description and a location, spread over the days of 2027 (so both CET and CEST times occur).</summary>
public static class LargeCalendar
{
    public const int ItemCount = 10_000;

    private const string Polish = "Zażółć gęślą jaźń, czyli biblioteka w gminie: spotkania, warsztaty i rozmowy o partnerstwach lokalnych. ";

    public static Event Create(int itemCount = ItemCount)
    {
        var builder = Event.CreateBuilder(new EventId("prb-benchmark"), "Sieć bibliotek: kalendarz roku")
            .InZone("Europe/Warsaw")
            .OnDay(new EventDay(new LocalDateTime(2027, 1, 1, 8, 0), new LocalDateTime(2027, 12, 31, 20, 0)))
            .At(new Venue("Dolnośląska Biblioteka Publiczna", new PostalAddress("Rynek 58", "50-116", "Wrocław")));
        var description = Description();
        for (var i = 0; i < itemCount; i++)
        {
            var start = new LocalDateTime(2027, 1, 1, 8, 0).PlusDays(i % 365).PlusMinutes(i / 365 * 30);
            builder.AddItem(new AgendaItem(
                new AgendaItemId("item-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                AgendaItemKind.Workshop,
                "Warsztaty w czytelni nr " + i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                start,
                start.PlusMinutes(25),
                description,
                "Sala " + (i % 12).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return builder.Build();
    }

    private static string Description()
    {
        var text = new StringBuilder();
        while (text.Length < 300)
        {
            text.Append(Polish);
        }

        return text.ToString(0, 300);
    }
}
