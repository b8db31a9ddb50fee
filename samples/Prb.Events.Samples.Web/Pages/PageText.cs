
namespace Prb.Events.Samples.Web.Pages;

/// <summary>The words of the pages in one language.</summary>
internal sealed class PageText
{
    private static readonly string[] PolishMonths =
        ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"];

    private static readonly string[] PolishDays = ["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"];

    private static readonly string[] EnglishMonths =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private static readonly string[] EnglishDays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    public static PageText Polish { get; } = new()
    {
        Language = "pl",
        OtherLanguage = "en",
        OtherLanguageName = "English",
        SiteTitle = "Wydarzenia bibliotek",
        EventsHeading = "Wydarzenia",
        Organiser = "Organizator",
        Venue = "Miejsce",
        Contact = "Kontakt",
        Agenda = "Program",
        Time = "Godzina",
        Item = "Punkt programu",
        Kind = "Rodzaj",
        AddToCalendar = "Dodaj do kalendarza",
        AddEventToCalendar = "Dodaj wydarzenie do kalendarza (.ics)",
        Subscribe = "Subskrybuj kalendarz wszystkich wydarzeń (webcal)",
        ShowEventTime = "Czas wydarzenia",
        ShowMyTime = "Mój czas",
        TimesShownIn = "Godziny w strefie",
        Laureates = "Laureaci",
        Place = "miejsce",
        ReceivedBy = "odebrał(a)",
        Cancelled = "odwołane",
        Assumed = "Założenia",
        Phone = "tel.",
        NotFound = "Nie ma takiego wydarzenia.",
        Until = "do",
        Skip = "Przejdź do treści",
        Description = "Opis",
    };

    public static PageText English { get; } = new()
    {
        Language = "en",
        OtherLanguage = "pl",
        OtherLanguageName = "Polski",
        SiteTitle = "Library events",
        EventsHeading = "Events",
        Organiser = "Organiser",
        Venue = "Venue",
        Contact = "Contact",
        Agenda = "Agenda",
        Time = "Time",
        Item = "Item",
        Kind = "Kind",
        AddToCalendar = "Add to calendar",
        AddEventToCalendar = "Add the event to your calendar (.ics)",
        Subscribe = "Subscribe to the calendar of all events (webcal)",
        ShowEventTime = "Event's time",
        ShowMyTime = "My time",
        TimesShownIn = "Times in",
        Laureates = "Laureates",
        Place = "place",
        ReceivedBy = "received by",
        Cancelled = "cancelled",
        Assumed = "Assumptions",
        Phone = "phone",
        NotFound = "There is no such event.",
        Until = "until",
        Skip = "Skip to content",
        Description = "About",
    };

    public required string Language { get; init; }

    public required string OtherLanguage { get; init; }

    public required string OtherLanguageName { get; init; }

    public required string SiteTitle { get; init; }

    public required string EventsHeading { get; init; }

    public required string Organiser { get; init; }

    public required string Venue { get; init; }

    public required string Contact { get; init; }

    public required string Agenda { get; init; }

    public required string Time { get; init; }

    public required string Item { get; init; }

    public required string Kind { get; init; }

    public required string AddToCalendar { get; init; }

    public required string AddEventToCalendar { get; init; }

    public required string Subscribe { get; init; }

    public required string ShowEventTime { get; init; }

    public required string ShowMyTime { get; init; }

    public required string TimesShownIn { get; init; }

    public required string Laureates { get; init; }

    public required string Place { get; init; }

    public required string ReceivedBy { get; init; }

    public required string Cancelled { get; init; }

    public required string Assumed { get; init; }

    public required string Phone { get; init; }

    public required string NotFound { get; init; }

    public required string Until { get; init; }

    public required string Skip { get; init; }

    public required string Description { get; init; }

    public static PageText For(string language) => language == "en" ? English : Polish;

    public string EventPath(string slug) => Language == "en" ? $"/en/events/{Uri.EscapeDataString(slug)}" : $"/wydarzenia/{Uri.EscapeDataString(slug)}";

    public string IndexPath => Language == "en" ? "/en" : "/";

    public string FormatDate(NodaTime.LocalDate date)
    {
        var day = ((int)date.DayOfWeek) - 1;
        return Language == "en"
            ? $"{EnglishDays[day]}, {date.Day} {EnglishMonths[date.Month - 1]} {date.Year}"
            : $"{PolishDays[day]}, {date.Day} {PolishMonths[date.Month - 1]} {date.Year}";
    }

    public string KindName(AgendaItemKind kind) => (Language, kind) switch
    {
        ("pl", AgendaItemKind.Registration) => "rejestracja",
        ("pl", AgendaItemKind.Opening) => "otwarcie",
        ("pl", AgendaItemKind.Lecture) => "wykład",
        ("pl", AgendaItemKind.Presentation) => "prezentacja",
        ("pl", AgendaItemKind.Panel) => "panel dyskusyjny",
        ("pl", AgendaItemKind.Workshop) => "warsztaty",
        ("pl", AgendaItemKind.CoffeeBreak) => "przerwa kawowa",
        ("pl", AgendaItemKind.LunchBreak) => "przerwa obiadowa",
        ("pl", AgendaItemKind.Break) => "przerwa",
        ("pl", AgendaItemKind.AwardCeremony) => "wręczenie nagród",
        ("pl", AgendaItemKind.Concert) => "koncert",
        ("pl", AgendaItemKind.Networking) => "rozmowy",
        ("pl", AgendaItemKind.Closing) => "zakończenie",
        ("pl", _) => "inne",
        (_, AgendaItemKind.CoffeeBreak) => "coffee break",
        (_, AgendaItemKind.LunchBreak) => "lunch break",
        (_, AgendaItemKind.AwardCeremony) => "award ceremony",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
