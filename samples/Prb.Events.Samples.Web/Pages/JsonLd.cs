using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Prb.Events.Hosting;

namespace Prb.Events.Samples.Web.Pages;

/// <summary>schema.org Event data for search engines, written for a &lt;script type="application/ld+json"&gt; element:
/// the default JavaScript encoder escapes &lt;, &gt;, &amp; and quotes, so a title holding &lt;/script&gt; stays inside its string.</summary>
internal static class JsonLd
{
    private static readonly OffsetDateTimePattern Iso = OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'sso<+HH:mm>");

    public static string Write(CatalogEntry entry, string pageUrl)
    {
        var e = entry.Event;
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.Default, Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("@context", "https://schema.org");
            json.WriteString("@type", "Event");
            json.WriteString("name", e.FullTitle);
            json.WriteString("url", pageUrl);
            json.WriteString("inLanguage", e.Language);
            if (e.Description is { } description)
            {
                json.WriteString("description", description);
            }

            WriteTimes(json, entry.Schedule.Start, entry.Schedule.End);
            json.WriteString("eventStatus", "https://schema.org/" + e.Status switch
            {
                EventStatus.Cancelled => "EventCancelled",
                EventStatus.Postponed => "EventPostponed",
                EventStatus.Rescheduled => "EventRescheduled",
                EventStatus.MovedOnline => "EventMovedOnline",
                _ => "EventScheduled",
            });
            json.WriteString("eventAttendanceMode", "https://schema.org/" + (e.Status == EventStatus.MovedOnline || (e.Venue?.Address is null && e.Venue?.OnlineUrl is not null)
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

            if (e.Venue is { } venue)
            {
                json.WriteStartObject("location");
                json.WriteString("@type", "Place");
                json.WriteString("name", venue.Name);
                if (venue.Address is { } address)
                {
                    json.WriteStartObject("address");
                    json.WriteString("@type", "PostalAddress");
                    json.WriteString("streetAddress", address.Street);
                    json.WriteString("postalCode", address.PostalCode);
                    json.WriteString("addressLocality", address.Locality);
                    if (address.Region is { } region)
                    {
                        json.WriteString("addressRegion", region);
                    }

                    json.WriteString("addressCountry", address.CountryCode);
                    json.WriteEndObject();
                }

                if (venue.Geo is { } geo)
                {
                    json.WriteStartObject("geo");
                    json.WriteString("@type", "GeoCoordinates");
                    json.WriteNumber("latitude", geo.Latitude);
                    json.WriteNumber("longitude", geo.Longitude);
                    json.WriteEndObject();
                }

                json.WriteEndObject();
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
            foreach (var item in entry.Schedule.Items)
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

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteTimes(Utf8JsonWriter json, ZonedDateTime? start, ZonedDateTime? end)
    {
        if (start is { } s)
        {
            json.WriteString("startDate", Iso.Format(s.ToOffsetDateTime()));
        }

        if (end is { } e)
        {
            json.WriteString("endDate", Iso.Format(e.ToOffsetDateTime()));
        }
    }
}
