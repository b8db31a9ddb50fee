using System.Globalization;
using NodaTime;
using NodaTime.TimeZones;

namespace Prb.Events.Ical.Internal;

/// <summary>
/// Resolves the TZIDs of one VCALENDAR exactly. A TZID a VTIMEZONE of the input defines is that VTIMEZONE, evaluated
/// by its own rules (RFC 5545 section 3.2.19: the file's definition governs), even when tzdb knows the name too; then an
/// IANA id of the zone provider; then a Windows zone id through the CLDR mapping of the tz database (exact key, no
/// display names, no substrings). Anything else is unknown: never a guess. TZIDs are compared with the white space
/// around them taken off, on both sides.
/// </summary>
internal sealed class ZoneResolver
{
    private readonly IDateTimeZoneProvider _provider;
    private readonly Dictionary<string, ComponentNode> _definitions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ResolvedZone?> _cache = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Code, string Reason)> _failures = new(StringComparer.Ordinal);
    private readonly RuleBudget _budget;
    private readonly ImportWork _work;
    private readonly List<Diagnostic> _diagnostics;

    internal ZoneResolver(IDateTimeZoneProvider provider, ComponentNode calendar, RuleBudget budget, ImportWork work, List<Diagnostic> diagnostics)
    {
        _provider = provider;
        _budget = budget;
        _work = work;
        _diagnostics = diagnostics;
        foreach (var child in calendar.Children)
        {
            if (child.Name == "VTIMEZONE" && child.First("TZID") is { } tzid)
            {
                var id = ContentLineReader.UnescapeText(tzid.Value).Trim();
                if (!_definitions.TryAdd(id, child) && Signature(_definitions[id]) != Signature(child))
                {
                    _diagnostics.Add(new Diagnostic(IcalendarDiagnosticCodes.ConflictingTimeZoneDefinitions, DiagnosticSeverity.Warning,
                        ContentLineLocation.Of(child.Begin.LineNumber, "VTIMEZONE"),
                        $"the TZID '{id}' is defined again here, differently from the VTIMEZONE of line {_definitions[id].Begin.LineNumber}; the first definition is used."));
                }
            }
        }
    }

    /// <summary>Gets the TZIDs of the VTIMEZONEs the calendar defines.</summary>
    internal IReadOnlyCollection<string> DefinedIds => _definitions.Keys;

    /// <summary>Resolves a TZID; null with the diagnostic code and the reason when it names no zone that can be used.</summary>
    internal ResolvedZone? Resolve(string tzid, out string? code, out string? reason)
    {
        tzid = tzid.Trim();
        code = null;
        reason = null;
        if (_cache.TryGetValue(tzid, out var cached))
        {
            if (cached is null)
            {
                (code, reason) = _failures[tzid];
            }

            return cached;
        }

        var tzdb = _provider.GetZoneOrNull(tzid)
            ?? (TzdbDateTimeZoneSource.Default.WindowsMapping.PrimaryMapping.TryGetValue(tzid, out var ianaId) ? _provider.GetZoneOrNull(ianaId) : null);
        ResolvedZone? result = null;
        if (_definitions.TryGetValue(tzid, out var definition) && !(tzdb is not null && !definition.Children.Any(c => c.Name is "STANDARD" or "DAYLIGHT")))
        {
            // (A VTIMEZONE without observances, as Ical.Net writes for an IANA id, defines nothing: tzdb's zone stands.)
            var custom = VTimeZoneZone.TryCreate(tzid, definition, out var faultLine, out var fault, _budget, _work);
            if (custom is not null)
            {
                result = new ResolvedZone(custom, null, tzdb);
            }
            else if (tzdb is not null)
            {
                // A VTIMEZONE that cannot be evaluated always has its line at fault (its BEGIN line at least).
                _diagnostics.Add(new Diagnostic(IcalendarDiagnosticCodes.TimeZoneDisagreesWithTzdb, DiagnosticSeverity.Warning,
                    ContentLineLocation.Of(faultLine!.LineNumber, faultLine.Name),
                    $"the VTIMEZONE '{tzid}' cannot be evaluated ({fault}); tzdb {_provider.VersionId}'s zone {tzdb.Id} is used for it instead."));
                result = new ResolvedZone(tzdb, tzdb.Id);
            }
            else
            {
                _failures[tzid] = (IcalendarDiagnosticCodes.UnsupportedTimeZoneRule,
                    $"the VTIMEZONE '{tzid}' of line {definition.Begin.LineNumber} cannot be evaluated ({fault}, line {faultLine!.LineNumber.ToString(CultureInfo.InvariantCulture)})");
            }
        }
        else if (tzdb is not null)
        {
            result = new ResolvedZone(tzdb, tzdb.Id);
        }
        else
        {
            _failures[tzid] = (IcalendarDiagnosticCodes.UnknownTimeZone,
                $"the TZID '{tzid}' is not an IANA zone id of tzdb {_provider.VersionId}, not a Windows zone id, and no VTIMEZONE of the input defines it");
        }

        _cache[tzid] = result;
        if (result is null)
        {
            (code, reason) = _failures[tzid];
        }

        return result;
    }

    /// <summary>What makes two VTIMEZONEs of one TZID the same: their observances, each with its properties in any order.</summary>
    private static string Signature(ComponentNode zone)
    {
        // Lines never hold a line break, so one between the parts keeps different definitions apart.
        var observances = zone.Children
            .Select(o => o.Name + '\n' + string.Join('\n', o.Properties.Select(p => p.Text.Trim()).Order(StringComparer.Ordinal)))
            .Order(StringComparer.Ordinal);
        return string.Join('\f', observances);
    }
}
