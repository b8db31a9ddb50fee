using NodaTime;

namespace Prb.Events.PostgreSql.Internal;

/// <summary>The indexed columns of one event row: what the event list filters on, taken from the event and its schedule.</summary>
internal sealed record EventColumns(
    string Slug, string Id, DateTime? StartsAt, DateTime? EndsAt, string Kind, string[] OrganizerIds, string[] Voivodeships, int Revision, DateTime LastModified)
{
    public static EventColumns Of(Event @event, EventSchedule schedule, Instant lastModified) => new(
        @event.Slug.Value,
        @event.Id.Value,
        ToUtc(schedule.Start),
        ToUtc(schedule.End),
        EnumTokens.ToToken(@event.Kind),
        [.. @event.OrganizerIds.Select(id => id.Value)],
        [.. @event.Libraries.Where(l => @event.OrganizerIds.Contains(l.Id)).Select(l => EnumTokens.ToToken(l.Voivodeship)).Distinct(StringComparer.Ordinal)],
        @event.Revision,
        lastModified.ToDateTimeUtc());

    /// <summary>The instant as a UTC <see cref="DateTime"/> for a <c>timestamptz</c> column; null for no time (an unknown
    /// zone). Every time of an event lies within <see cref="EventLimits"/>, which a <see cref="DateTime"/> holds in any
    /// zone.</summary>
    private static DateTime? ToUtc(ZonedDateTime? time) => time?.ToInstant().ToDateTimeUtc();
}
