using NodaTime;

namespace Prb.Events.Ical.Internal;

/// <summary>A zone a TZID names, with its IANA id when it has one (null for a zone defined only by the input's VTIMEZONE).</summary>
internal sealed record ResolvedZone(DateTimeZone Zone, string? IanaId);
