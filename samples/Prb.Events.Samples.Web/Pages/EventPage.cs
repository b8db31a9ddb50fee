using NodaTime;
using NodaTime.Text;
using Prb.Events.Hosting;

namespace Prb.Events.Samples.Web.Pages;

/// <summary>The page of one event: who, where, whom to contact, and the agenda by day with "add to calendar" links.</summary>
internal static class EventPage
{
    private static readonly LocalTimePattern Clock = LocalTimePattern.CreateWithInvariantCulture("HH:mm");
    private static readonly InstantPattern Utc = InstantPattern.ExtendedIso;

    /// <summary>Renders the page; absolute links start with <paramref name="publicBase"/>, never with a request's Host.</summary>
    public static string Render(CatalogEntry entry, PageText text, Uri publicBase)
    {
        var e = entry.Event;
        var slug = Uri.EscapeDataString(e.Slug.Value);
        var html = Layout.Start(text, e.FullTitle, otherLanguagePath: PageText.For(text.OtherLanguage).EventPath(e.Slug.Value));
        html.Raw("<article>");
        html.Raw("<h1>").Text(e.Title);
        if (e.Edition is { } edition)
        {
            html.Raw("<span class=\"edition\">").Text(edition).Raw("</span>");
        }

        html.Raw("</h1>");
        if (entry.Schedule.Start is { } start && entry.Schedule.End is { } end)
        {
            html.Raw("<p class=\"when\">").Text(text.FormatDate(start.Date)).Raw(", ");
            TimeSpan(html, start, end);
            html.Raw("</p>");
        }

        html.Raw("<dl class=\"facts\">");
        html.Raw("<dt>").Text(text.Organiser).Raw("</dt>");
        foreach (var id in e.OrganizerIds)
        {
            html.Raw("<dd>").Text(e.FindOrganizationName(id) ?? id.Value).Raw("</dd>");
        }

        if (e.Venue is { } venue)
        {
            html.Raw("<dt>").Text(text.Venue).Raw("</dt><dd>").Text(venue.ToString()).Raw("</dd>");
        }

        foreach (var contact in e.Contacts)
        {
            var person = e.FindPerson(contact.PersonId);
            html.Raw("<dt>").Text(text.Contact).Raw("</dt><dd>").Text(person?.DisplayName ?? contact.PersonId.Value);
            if (contact.RoleTitle is { } role)
            {
                html.Raw(", ").Text(role);
            }

            if (contact.Phone is { } phone)
            {
                html.Raw(", ").Text(text.Phone).Raw(" <a").Attribute("href", "tel:" + new string(phone.Where(c => char.IsAsciiDigit(c) || c == '+').ToArray()))
                    .Raw(">").Text(phone).Raw("</a>");
            }

            if (contact.Email is { } email)
            {
                html.Raw(", <a").Attribute("href", "mailto:" + email).Raw(">").Text(email).Raw("</a>");
            }

            html.Raw("</dd>");
        }

        html.Raw("</dl>");
        html.Raw("<p class=\"calendar-links\"><a class=\"button\"").Attribute("href", $"/events/{slug}.ics").Raw(" data-add-event>")
            .Text(text.AddEventToCalendar).Raw("</a> <a").Attribute("href", Webcal(new Uri(publicBase, "events/calendar.ics"))).Raw(">")
            .Text(text.Subscribe).Raw("</a></p>");

        if (e.Description is { } description)
        {
            html.Raw("<section aria-labelledby=\"about\"><h2 id=\"about\">").Text(text.Description).Raw("</h2><p>").Lines(description).Raw("</p></section>");
        }

        Agenda(html, entry, text, slug);
        if (e.Assumptions.Count > 0)
        {
            html.Raw("<section aria-labelledby=\"assumptions\" class=\"assumptions\"><h2 id=\"assumptions\">").Text(text.Assumed).Raw("</h2><ul>");
            foreach (var assumption in e.Assumptions)
            {
                html.Raw("<li>").Text(assumption.Note).Raw("</li>");
            }

            html.Raw("</ul></section>");
        }

        html.Raw("</article>");
        html.Raw("<script type=\"application/ld+json\">").Raw(JsonLd.Write(entry, new Uri(publicBase, text.EventPath(e.Slug.Value).TrimStart('/')).AbsoluteUri)).Raw("</script>");
        return Layout.End(html);
    }

    /// <summary>The subscription address: the feed's own address with the webcal scheme, which calendars subscribe to.</summary>
    private static string Webcal(Uri feed) => "webcal://" + feed.Authority + feed.PathAndQuery;

    private static void Agenda(Html html, CatalogEntry entry, PageText text, string slug)
    {
        var schedule = entry.Schedule;
        if (schedule.Zone is null)
        {
            return;
        }

        html.Raw("<section aria-labelledby=\"agenda\"><h2 id=\"agenda\">").Text(text.Agenda).Raw("</h2>");
        html.Raw("<div class=\"zone-switch\" role=\"group\"").Attribute("aria-label", text.TimesShownIn).Raw(">")
            .Raw("<button type=\"button\" data-zone=\"event\" aria-pressed=\"true\"").Attribute("data-zone-id", schedule.Zone.Id).Raw(">")
            .Text(text.ShowEventTime).Raw("</button>")
            .Raw("<button type=\"button\" data-zone=\"viewer\" aria-pressed=\"false\">").Text(text.ShowMyTime).Raw("</button>")
            .Raw("<p class=\"zone-status\" aria-live=\"polite\">").Text(text.TimesShownIn).Raw(" <span data-zone-name>").Text(schedule.Zone.Id).Raw("</span></p></div>");
        foreach (var day in schedule.ByDay())
        {
            html.Raw("<h3>").Text(text.FormatDate(day.Date)).Raw("</h3>");
            html.Raw("<table class=\"agenda\"><thead><tr><th scope=\"col\">").Text(text.Time).Raw("</th><th scope=\"col\">").Text(text.Item)
                .Raw("</th><th scope=\"col\" class=\"kind\">").Text(text.Kind).Raw("</th><th scope=\"col\">").Text(text.AddToCalendar).Raw("</th></tr></thead><tbody>");
            foreach (var item in day.Items)
            {
                Row(html, entry, item, text, slug);
            }

            html.Raw("</tbody></table>");
        }

        html.Raw("</section>");
    }

    private static void Row(Html html, CatalogEntry entry, ScheduledItem scheduled, PageText text, string slug)
    {
        var e = entry.Event;
        var item = scheduled.Item;
        var cancelled = item.Status == AgendaItemStatus.Cancelled;
        html.Raw("<tr").Attribute("id", "item-" + item.Id.Value).Attribute("class", cancelled ? "cancelled" : item.IsBreak ? "break" : null).Raw("><td>");
        TimeSpan(html, scheduled.Start, scheduled.End);
        html.Raw("</td><td><span class=\"title\">").Text(item.Title).Raw("</span>");
        if (cancelled)
        {
            html.Raw(" <strong>(").Text(text.Cancelled).Raw(")</strong>");
        }

        if (item.Speakers.Count > 0)
        {
            html.Raw("<br><span class=\"speakers\">").Text(string.Join(", ", item.Speakers.Select(id => Speaker(e, id)))).Raw("</span>");
        }

        if (item.Room is { } room)
        {
            html.Raw("<br><span class=\"room\">").Text(room).Raw("</span>");
        }

        foreach (var contest in e.Contests.Where(c => c.Presentation?.AgendaItemId == item.Id))
        {
            html.Raw("<div class=\"laureates\"><span>").Text($"{text.Laureates} — {contest.Name}:").Raw("</span><ul>");
            foreach (var entryOfContest in contest.Laureates)
            {
                var result = entryOfContest.Result!;
                var prize = result.Prize ?? (result.Place is { } place ? $"{place}. {text.Place}" : result.Distinction);
                html.Raw("<li>").Text(e.FindOrganizationName(entryOfContest.LibraryId) ?? entryOfContest.LibraryId.Value)
                    .Raw(" — ").Text(prize).Raw(" — „").Text(entryOfContest.ProjectTitle).Raw("”");
                if (entryOfContest.ReceivedById is { } receiver)
                {
                    html.Raw(" (").Text(text.ReceivedBy).Raw(" ").Text(e.FindPerson(receiver)?.DisplayName ?? receiver.Value).Raw(")");
                }

                html.Raw("</li>");
            }

            html.Raw("</ul></div>");
        }

        // On narrow screens the kind column is hidden and this copy under the item shows instead (site.css).
        html.Raw("<span class=\"kind-inline\">").Text(text.KindName(item.Kind)).Raw("</span>");

        // The visible ".ics" starts the link's accessible name (WCAG 2.5.3, label in name); the rest tells a screen
        // reader which item the file is for.
        html.Raw("</td><td class=\"kind\">").Text(text.KindName(item.Kind)).Raw("</td><td><a")
            .Attribute("href", $"/events/{slug}/agenda/{Uri.EscapeDataString(item.Id.Value)}.ics")
            .Raw(">.ics<span class=\"visually-hidden\">").Text($" — {text.AddToCalendar}: {item.Title}").Raw("</span></a></td></tr>");
    }

    private static string Speaker(Event e, PersonId id)
    {
        var person = e.FindPerson(id);
        if (person is null)
        {
            return id.Value;
        }

        var affiliation = person.AffiliationId is { } org ? e.FindOrganizationName(org) : person.Affiliation;
        return affiliation is null ? person.DisplayName : $"{person.DisplayName} ({affiliation})";
    }

    private static void TimeSpan(Html html, ZonedDateTime start, ZonedDateTime end) =>
        html.Raw("<span class=\"time\"")
            .Attribute("data-start", Utc.Format(start.ToInstant()))
            .Attribute("data-end", Utc.Format(end.ToInstant()))
            .Raw(">").Text($"{Clock.Format(start.TimeOfDay)}–{Clock.Format(end.TimeOfDay)}").Raw("</span>");
}
