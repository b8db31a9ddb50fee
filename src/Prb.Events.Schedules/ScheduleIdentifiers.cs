using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using NodaTime.TimeZones;

namespace Prb.Events.Schedules;

/// <summary>
/// The stable identifiers of a schedule export: version 5 UUIDs named after the event's and the item's ids, numbers
/// taken from those UUIDs, the conference acronym and the item slugs.
/// </summary>
/// <remarks>
/// Every UUID is made in one namespace that belongs to Prb.Events, from a name of the form
/// <c>prb-events:{event id}:{what}:{id}</c>. Ids never contain a colon, so no two names coincide.
/// </remarks>
internal static partial class ScheduleIdentifiers
{
    /// <summary>The namespace UUID of every name-based UUID in Prb.Events schedule exports. Never change it: apps
    /// remember favourites and reminders by these UUIDs.</summary>
    internal static readonly Guid Namespace = new("965eead2-ab81-4544-abc7-84ad21c8972a");

    private const int MinAcronymLength = 4;

    /// <summary>Gets the UUID of an agenda item.</summary>
    internal static Guid ItemGuid(EventId eventId, AgendaItemId itemId) =>
        NameBasedUuid.Create(Namespace, $"prb-events:{eventId.Value}:agenda:{itemId.Value}");

    /// <summary>Gets the UUID of a person of the event.</summary>
    internal static Guid PersonGuid(EventId eventId, PersonId personId) =>
        NameBasedUuid.Create(Namespace, $"prb-events:{eventId.Value}:person:{personId.Value}");

    /// <summary>Gets the UUID of a room of the event, named by its exact name.</summary>
    internal static Guid RoomGuid(EventId eventId, string roomName) =>
        NameBasedUuid.Create(Namespace, $"prb-events:{eventId.Value}:room:{roomName}");

    /// <summary>
    /// Gives the number derived from a UUID, or when another thing already has it (about once in a billion pairs)
    /// the next free one. Callers number things in a fixed order, so the result is deterministic.
    /// </summary>
    internal static int Number(Guid uuid, HashSet<int> taken)
    {
        var number = NameBasedUuid.PositiveNumber(uuid);
        while (!taken.Add(number))
        {
            number = number == int.MaxValue ? 1 : number + 1;
        }

        return number;
    }

    /// <summary>
    /// Makes the conference acronym from the event's slug: hyphens become underscores (the JSON schema allows no
    /// hyphen inside an acronym) and a slug shorter than four characters is padded with underscores.
    /// </summary>
    internal static string Acronym(Slug slug) => slug.Value.Replace('-', '_').PadRight(MinAcronymLength, '_');

    /// <summary>
    /// Makes an item's slug, <c>{acronym}-{number}-{item id}</c>: the item id in lower case with '.' and '~' as
    /// hyphens, without trailing hyphens or underscores. The number makes it unique.
    /// </summary>
    internal static string ItemSlug(string acronym, int number, AgendaItemId itemId)
    {
        var builder = new StringBuilder();
        builder.Append(acronym).Append('-').Append(number.ToString(CultureInfo.InvariantCulture));
        var tail = new StringBuilder();
        foreach (var c in itemId.Value)
        {
            tail.Append(c switch
            {
                >= 'A' and <= 'Z' => char.ToLowerInvariant(c),
                '.' or '~' => '-',
                _ => c,
            });
        }

        var trimmed = tail.ToString().TrimEnd('-', '_');
        if (trimmed.Length > 0)
        {
            builder.Append('-').Append(trimmed);
        }

        return builder.ToString();
    }

    /// <summary>
    /// Gives the zone name that the schedule.json schema accepts (<c>Area/Location</c> or a name ending in
    /// <c>UTC</c>): the event's zone id itself, else its canonical tzdb id (such as America/New_York for
    /// US/Eastern), else null (for ids such as Etc/GMT-1, which the schema's pattern cannot take).
    /// </summary>
    internal static string? JsonZoneName(string zoneId)
    {
        if (JsonZonePattern().IsMatch(zoneId))
        {
            return zoneId;
        }

        return TzdbDateTimeZoneSource.Default.CanonicalIdMap.TryGetValue(zoneId, out var canonical) && JsonZonePattern().IsMatch(canonical)
            ? canonical
            : null;
    }

    // The pattern of conference.time_zone_name in the c3voc schedule.json schema, alternation and anchors as they are there.
    [GeneratedRegex("^([A-Z][a-z]+/[A-Z][a-z]+)|UTC$", RegexOptions.CultureInvariant)]
    private static partial Regex JsonZonePattern();
}
