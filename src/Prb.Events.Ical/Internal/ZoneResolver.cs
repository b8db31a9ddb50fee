using NodaTime;
using NodaTime.TimeZones;

namespace Prb.Events.Ical.Internal;

/// <summary>
/// Resolves the TZIDs of one VCALENDAR exactly, in this order: an IANA id of the zone provider; a Windows zone id
/// through the CLDR mapping of the tz database (exact key, no display names, no substrings); a VTIMEZONE of the
/// input by its own rules. Anything else is unknown: never a guess.
/// </summary>
internal sealed class ZoneResolver
{
    private readonly IDateTimeZoneProvider _provider;
    private readonly Dictionary<string, ComponentNode> _definitions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ResolvedZone?> _cache = new(StringComparer.Ordinal);
    private readonly RuleBudget _budget;
    private readonly ImportWork _work;

    internal ZoneResolver(IDateTimeZoneProvider provider, ComponentNode calendar, RuleBudget budget, ImportWork work)
    {
        _provider = provider;
        _budget = budget;
        _work = work;
        foreach (var child in calendar.Children)
        {
            if (child.Name == "VTIMEZONE" && child.First("TZID") is { } tzid)
            {
                _definitions.TryAdd(ContentLineReader.UnescapeText(tzid.Value), child);
            }
        }
    }

    /// <summary>Gets the TZIDs of the VTIMEZONEs the calendar defines.</summary>
    internal IReadOnlyCollection<string> DefinedIds => _definitions.Keys;

    /// <summary>Resolves a TZID; null with the reason when it names no zone.</summary>
    internal ResolvedZone? Resolve(string tzid, out string? reason)
    {
        reason = null;
        if (_cache.TryGetValue(tzid, out var cached))
        {
            reason = cached is null ? Unknown(tzid) : null;
            return cached;
        }

        ResolvedZone? result = null;
        if (_provider.GetZoneOrNull(tzid) is { } zone)
        {
            result = new ResolvedZone(zone, zone.Id);
        }
        else if (TzdbDateTimeZoneSource.Default.WindowsMapping.PrimaryMapping.TryGetValue(tzid, out var ianaId) && _provider.GetZoneOrNull(ianaId) is { } mapped)
        {
            result = new ResolvedZone(mapped, mapped.Id);
        }
        else if (_definitions.TryGetValue(tzid, out var definition))
        {
            var custom = VTimeZoneZone.TryCreate(tzid, definition, out var faultLine, out var fault, _budget, _work);
            if (custom is null)
            {
                reason = $"the VTIMEZONE '{tzid}' of line {faultLine?.LineNumber} cannot be evaluated: {fault}";
                _cache[tzid] = null;
                return null;
            }

            result = new ResolvedZone(custom, null);
        }

        _cache[tzid] = result;
        if (result is null)
        {
            reason = Unknown(tzid);
        }

        return result;
    }

    private string Unknown(string tzid) =>
        $"the TZID '{tzid}' is not an IANA zone id of tzdb {_provider.VersionId}, not a Windows zone id, and no VTIMEZONE of the input defines it";
}
