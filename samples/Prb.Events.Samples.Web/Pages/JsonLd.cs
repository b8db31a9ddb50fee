using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Prb.Events.Hosting;

namespace Prb.Events.Samples.Web.Pages;

/// <summary>schema.org Event data for search engines, written for a &lt;script type="application/ld+json"&gt; element:
/// the default JavaScript encoder escapes &lt;, &gt;, &amp; and quotes, so a title holding &lt;/script&gt; stays inside its string.</summary>
/// <remarks>A series is written as its next occurrences, the ones the page lists: an array of Events, each with its own
/// times, title and status, and a moved one as <c>EventRescheduled</c> with <c>previousStartDate</c>, the start the rule
/// gave it. schema.org's <c>Schedule</c> (<c>eventSchedule</c>) was not chosen: it cannot say "the last Friday of the
/// month" nor carry a moved occurrence, so it would state dates the series does not have; the occurrences state only
/// true ones, and search engines read each as an event. A series with no occurrence ahead is one Event at its first
/// occurrence, as a one-off event is. The agenda (<c>subEvent</c>) is the first occurrence's, so it goes with that
/// occurrence only.</remarks>
internal static class JsonLd
{
    private static readonly OffsetDateTimePattern Iso = OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'sso<+HH:mm>");

    public static string Write(CatalogEntry entry, string pageUrl, IReadOnlyList<EventOccurrence> nextOccurrences)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.Default, Indented = true }))
        {
            if (entry.Event.IsSeries && nextOccurrences.Count > 0 && entry.Schedule.Zone is { } zone)
            {
                json.WriteStartArray();
                foreach (var occurrence in nextOccurrences)
                {
                    WriteEvent(json, entry, pageUrl, occurrence.InZone(zone));
                }

                json.WriteEndArray();
            }
            else
            {
                WriteEvent(json, entry, pageUrl, null);
            }
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>One Event: the whole event, or one occurrence of a series.</summary>
    private static void WriteEvent(Utf8JsonWriter json, CatalogEntry entry, string pageUrl, EventOccurrence? occurrence)
    {
        var e = entry.Event;
        json.WriteStartObject();
        json.WriteString("@context", "https://schema.org");
        json.WriteString("@type", "Event");
        json.WriteString("name", occurrence?.Override?.Title ?? e.FullTitle);
        json.WriteString("url", pageUrl);
        json.WriteString("inLanguage", e.Language);
        var description = occurrence?.Description ?? e.Description;
        if (description is not null)
        {
            json.WriteString("description", description);
        }

        if (occurrence is null)
        {
            WriteTimes(json, entry.Schedule.Start, entry.Schedule.End);
        }
        else
        {
            WriteTimes(json, occurrence.Start, occurrence.End);
            WritePreviousStart(json, occurrence, e.Days[0].Start.Local.TimeOfDay);
        }

        var status = occurrence?.Status ?? e.Status;
        json.WriteString("eventStatus", "https://schema.org/" + status switch
        {
            EventStatus.Cancelled => "EventCancelled",
            EventStatus.Postponed => "EventPostponed",
            EventStatus.Rescheduled => "EventRescheduled",
            EventStatus.MovedOnline => "EventMovedOnline",
            _ => "EventScheduled",
        });
        json.WriteString("eventAttendanceMode", "https://schema.org/" + (status == EventStatus.MovedOnline || (e.Venue?.Address is null && e.Venue?.OnlineUrl is not null)
            ? "OnlineEventAttendanceMode"
            : "OfflineEventAttendanceMode"));
        if (e.Audiences.Count > 0)
        {
            json.WriteStartArray("audience");
            foreach (var audience in e.Audiences)
            {
                json.WriteStartObject();
                json.WriteString("@type", "Audience");
                json.WriteString("audienceType", EnumTokens.ToToken(audience));
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        // Pattern variables only in their own case, here and below: no mutant can leave them unassigned (docs/mutation-testing.md).
        switch (e.Venue)
        {
            case { } venue:
                WriteLocation(json, venue);
                break;
        }

        json.WriteStartArray("organizer");
        foreach (var id in e.OrganizerIds)
        {
            json.WriteStartObject();
            json.WriteString("@type", e.Libraries.Any(l => l.Id == id) ? "Library" : "Organization");
            json.WriteString("name", e.FindOrganizationName(id) ?? id.Value);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("subEvent");
        var agenda = occurrence is null || (occurrence.OriginalDate == e.Days[0].Start.Date && occurrence.Override is null) ? entry.Schedule.Items : [];
        foreach (var item in agenda)
        {
            json.WriteStartObject();
            json.WriteString("@type", "Event");
            json.WriteString("name", item.Item.Title);
            WriteTimes(json, item.Start, item.End);
            if (item.Item.Status == AgendaItemStatus.Cancelled)
            {
                json.WriteString("eventStatus", "https://schema.org/EventCancelled");
            }

            if (item.Item.Speakers.Count > 0)
            {
                json.WriteStartArray("performer");
                foreach (var speaker in item.Item.Speakers)
                {
                    json.WriteStartObject();
                    json.WriteString("@type", "Person");
                    json.WriteString("name", e.FindPerson(speaker)?.DisplayName ?? speaker.Value);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>A moved occurrence's <c>previousStartDate</c>: the start the rule gave it, when the override changed it.</summary>
    private static void WritePreviousStart(Utf8JsonWriter json, EventOccurrence occurrence, LocalTime ruleTime)
    {
        switch (occurrence.Override)
        {
            case { } moved when moved.Start.Local != moved.OriginalDate + ruleTime:
                var ruleStart = occurrence.Start.Zone.AtLeniently(moved.OriginalDate + ruleTime);
                json.WriteString("previousStartDate", Iso.Format(ruleStart.ToOffsetDateTime()));
                break;
        }
    }

    private static void WriteLocation(Utf8JsonWriter json, Venue venue)
    {
        json.WriteStartObject("location");
        json.WriteString("@type", "Place");
        json.WriteString("name", venue.Name);
        switch (venue.Address)
        {
            case { } address:
                json.WriteStartObject("address");
                json.WriteString("@type", "PostalAddress");
                json.WriteString("streetAddress", address.Street);
                json.WriteString("postalCode", address.PostalCode);
                json.WriteString("addressLocality", address.Locality);
                if (address.Region is not null)
                {
                    json.WriteString("addressRegion", address.Region);
                }

                json.WriteString("addressCountry", address.CountryCode);
                json.WriteEndObject();
                break;
        }

        switch (venue.Geo)
        {
            case { } geo:
                json.WriteStartObject("geo");
                json.WriteString("@type", "GeoCoordinates");
                json.WriteNumber("latitude", geo.Latitude);
                json.WriteNumber("longitude", geo.Longitude);
                json.WriteEndObject();
                break;
        }

        json.WriteEndObject();
    }

    private static void WriteTimes(Utf8JsonWriter json, ZonedDateTime? start, ZonedDateTime? end)
    {
        switch (start)
        {
            case { } s:
                json.WriteString("startDate", Iso.Format(s.ToOffsetDateTime()));
                break;
        }

        switch (end)
        {
            case { } e:
                json.WriteString("endDate", Iso.Format(e.ToOffsetDateTime()));
                break;
        }
    }
}
