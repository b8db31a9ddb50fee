using System.Collections.Frozen;

namespace Prb.Events.Ical.Internal;

/// <summary>Which components RFC 5545 (and RFC 7953, 9073, 9074) nest in which: what tells a mis-terminated component
/// (<c>END:VTOOD</c>) from a nested one. A component this table does not know takes any component inside it.</summary>
internal static class ComponentNesting
{
    private static readonly FrozenDictionary<string, FrozenSet<string>> Children = new Dictionary<string, FrozenSet<string>>(StringComparer.Ordinal)
    {
        ["VCALENDAR"] = Set("VEVENT", "VTODO", "VJOURNAL", "VFREEBUSY", "VTIMEZONE", "VAVAILABILITY"),
        ["VEVENT"] = Set("VALARM", "VLOCATION", "VRESOURCE", "PARTICIPANT"),
        ["VTODO"] = Set("VALARM", "VLOCATION", "VRESOURCE", "PARTICIPANT"),
        ["VJOURNAL"] = Set("VLOCATION", "VRESOURCE", "PARTICIPANT"),
        ["VFREEBUSY"] = Set("PARTICIPANT"),
        ["VTIMEZONE"] = Set("STANDARD", "DAYLIGHT"),
        ["STANDARD"] = Set(),
        ["DAYLIGHT"] = Set(),
        ["VALARM"] = Set("VLOCATION"),
        ["VAVAILABILITY"] = Set("AVAILABLE"),
        ["AVAILABLE"] = Set(),
        ["PARTICIPANT"] = Set("VLOCATION", "VRESOURCE"),
        ["VLOCATION"] = Set(),
        ["VRESOURCE"] = Set(),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Whether a BEGIN of <paramref name="child"/> inside an open <paramref name="parent"/> shows that the
    /// parent was not ended: the parent is a component this table knows, and the child is a known component that
    /// does not go in it. Unknown and <c>X-</c> components go anywhere.</summary>
    internal static bool Excludes(string parent, string child) =>
        Children.TryGetValue(parent, out var allowed) && Children.ContainsKey(child) && !allowed.Contains(child);

    private static FrozenSet<string> Set(params string[] names) => names.ToFrozenSet(StringComparer.Ordinal);
}
