using NodaTime;

namespace Prb.Events.Tests.Support;

/// <summary>The real tz database zones the tests use.</summary>
internal static class Zones
{
    public static DateTimeZone Warsaw { get; } = DateTimeZoneProviders.Tzdb["Europe/Warsaw"];

    public static DateTimeZone NewYork { get; } = DateTimeZoneProviders.Tzdb["America/New_York"];

    public static DateTimeZone LordHowe { get; } = DateTimeZoneProviders.Tzdb["Australia/Lord_Howe"];

    public static DateTimeZone Utc { get; } = DateTimeZoneProviders.Tzdb["UTC"];
}
