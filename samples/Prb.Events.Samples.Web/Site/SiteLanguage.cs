using System.Globalization;

namespace Prb.Events.Samples.Web.Site;

/// <summary>One language of the site: its culture and its addresses. Polish lives at <c>/</c> and
/// <c>/wydarzenia/{slug}</c>, English at <c>/en</c> and <c>/en/events/{slug}</c>.</summary>
public sealed record SiteLanguage(string Code, CultureInfo Culture, string IndexPath, string EventPrefix)
{
    public static SiteLanguage Polish { get; } = new("pl", CultureInfo.GetCultureInfo("pl-PL"), "/", "/wydarzenia/");

    public static SiteLanguage English { get; } = new("en", CultureInfo.GetCultureInfo("en-GB"), "/en", "/en/events/");

    public SiteLanguage Other => Code == "en" ? Polish : English;

    public string EventPath(string slug) => EventPrefix + Uri.EscapeDataString(slug);

    /// <summary>The language of a request path: English under <c>/en</c>, Polish elsewhere.</summary>
    public static SiteLanguage Of(PathString path) =>
        path.StartsWithSegments("/en", StringComparison.Ordinal) ? English : Polish;
}
