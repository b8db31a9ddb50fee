using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Prb.Events.Samples.Web.Site;

/// <summary>Dates in the words of a culture, from .NET's culture data through NodaTime patterns: with a day number
/// NodaTime takes the genitive month name ("9 listopada 2011"), alone the nominative ("listopad 2011").</summary>
internal static class CultureDates
{
    public static string Long(LocalDate date, CultureInfo culture) =>
        LocalDatePattern.Create("dddd, d MMMM uuuu", culture).Format(date);

    public static string DayMonthYear(LocalDate date, CultureInfo culture) =>
        LocalDatePattern.Create("d MMMM uuuu", culture).Format(date);

    public static string Month(YearMonth month, CultureInfo culture)
    {
        var text = LocalDatePattern.Create("MMMM uuuu", culture).Format(month.OnDayOfMonth(1));
        return text.Length == 0 ? text : culture.TextInfo.ToUpper(text[0]) + text[1..];
    }

    public static string Range(LocalDate first, LocalDate last, CultureInfo culture) =>
        first == last ? Long(first, culture) : $"{Long(first, culture)} – {Long(last, culture)}";
}
