using System.Text;
using NodaTime;
using Prb.Events.PostgreSql.Internal;
using Prb.Events.PostgreSql.Tests.TestSupport;

namespace Prb.Events.PostgreSql.Tests.Internal;

public sealed class EventColumnsTests
{
    private static readonly Instant Modified = Instant.FromUtc(2026, 5, 20, 12, 30, 15);

    [Fact]
    public void The_columns_hold_the_event_s_slug_id_kind_revision_and_organizers()
    {
        var columns = Of(TestDatabase.Event("konferencja", revision: 4));

        Assert.Equal("konferencja", columns.Slug);
        Assert.Equal("konferencja", columns.Id);
        Assert.Equal("conference", columns.Kind);
        Assert.Equal(4, columns.Revision);
        Assert.Equal(["dbp-wroclaw"], columns.OrganizerIds);
    }

    [Fact]
    public void Start_and_end_are_the_schedule_s_instants_as_UTC_date_times()
    {
        var columns = Of(TestDatabase.Event("konferencja"));

        // 10:00–14:30 in Warsaw on 9 November 2011 (UTC+1).
        Assert.Equal(new DateTime(2011, 11, 9, 9, 0, 0, DateTimeKind.Utc), columns.StartsAt);
        Assert.Equal(DateTimeKind.Utc, columns.StartsAt!.Value.Kind);
        Assert.Equal(new DateTime(2011, 11, 9, 13, 30, 0, DateTimeKind.Utc), columns.EndsAt);
    }

    [Fact]
    public void Last_modified_is_the_given_instant_as_a_UTC_date_time()
    {
        var columns = Of(TestDatabase.Event("konferencja"));

        Assert.Equal(new DateTime(2026, 5, 20, 12, 30, 15, DateTimeKind.Utc), columns.LastModified);
        Assert.Equal(DateTimeKind.Utc, columns.LastModified.Kind);
    }

    [Fact]
    public void The_voivodeships_are_those_of_the_organizing_libraries_each_named_once()
    {
        // Twardogóra organizes too (the same voivodeship as Wrocław); a third library, in another voivodeship, does not.
        var json = Encoding.UTF8.GetString(TestDatabase.Document("konferencja"))
            .Replace("\"organizerIds\": [\n    \"dbp-wroclaw\"\n  ]", "\"organizerIds\": [\n    \"dbp-wroclaw\",\n    \"bpmig-twardogora\"\n  ]", StringComparison.Ordinal)
            .Replace("  \"libraries\": [\n", """
                  "libraries": [
                    {
                      "id": "mbp-opole",
                      "officialName": "Miejska Biblioteka Publiczna w Opolu",
                      "kind": "municipal",
                      "municipality": { "name": "Opole", "type": "urban", "voivodeship": "opolskie" }
                    },

                """, StringComparison.Ordinal);
        var @event = EventDocumentSerializer.Read(Encoding.UTF8.GetBytes(json));
        Assert.Equal(3, @event.Libraries.Count);
        Assert.Equal(2, @event.OrganizerIds.Count);

        var columns = Of(@event);

        Assert.Equal(["dbp-wroclaw", "bpmig-twardogora"], columns.OrganizerIds);
        Assert.Equal(["dolnoslaskie"], columns.Voivodeships);
    }

    [Fact]
    public void An_event_whose_zone_is_unknown_has_no_start_or_end()
    {
        var @event = Read(Encoding.UTF8.GetString(TestDatabase.Document("konferencja"))
            .Replace("\"timeZone\": \"Europe/Warsaw\"", "\"timeZone\": \"Mars/Olympus_Mons\"", StringComparison.Ordinal));

        var columns = Of(@event);

        Assert.Null(columns.StartsAt);
        Assert.Null(columns.EndsAt);
    }

    [Fact]
    public void Times_on_the_first_and_last_supported_dates_are_held_as_UTC_date_times()
    {
        // Warsaw kept local mean time (UTC+1:24) then; EventLimits keeps every time of an event within what a DateTime,
        // and so a timestamptz column, holds.
        var @event = Read(Encoding.UTF8.GetString(TestDatabase.Document("konferencja"))
            .Replace("\"start\": \"2011-11-09T10:00:00\"", "\"start\": \"0001-01-02T00:00:00\"", StringComparison.Ordinal)
            .Replace("\"end\": \"2011-11-09T14:30:00\"", "\"end\": \"9999-12-30T23:59:00\"", StringComparison.Ordinal));

        var columns = Of(@event);

        Assert.Equal(new DateTime(1, 1, 1, 22, 36, 0, DateTimeKind.Utc), columns.StartsAt);
        Assert.Equal(new DateTime(9999, 12, 30, 22, 59, 0, DateTimeKind.Utc), columns.EndsAt);
    }

    private static Event Read(string json) => EventDocumentSerializer.Read(Encoding.UTF8.GetBytes(json));

    private static EventColumns Of(Event @event) => EventColumns.Of(@event, EventScheduler.Default.Schedule(@event), Modified);
}
