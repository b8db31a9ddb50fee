namespace Prb.Events.Samples.Web.Pages;

/// <summary>The frame every page shares: language, title, a skip link, the language switch, styles and the script.</summary>
internal static class Layout
{
    public static Html Start(PageText text, string title, string otherLanguagePath)
    {
        var html = new Html();
        html.Raw("<!DOCTYPE html><html").Attribute("lang", text.Language).Raw("><head><meta charset=\"utf-8\">")
            .Raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Raw("<title>").Text(title).Raw(" — ").Text(text.SiteTitle).Raw("</title>")
            .Raw("<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\"><link rel=\"stylesheet\" href=\"/site.css\"><script src=\"/app.js\" defer></script></head><body>")
            .Raw("<a class=\"skip\" href=\"#content\">").Text(text.Skip).Raw("</a>")
            .Raw("<header><p class=\"site\"><a").Attribute("href", text.IndexPath).Raw(">").Text(text.SiteTitle).Raw("</a></p>")
            .Raw("<nav").Attribute("aria-label", text.OtherLanguageName).Raw("><a").Attribute("href", otherLanguagePath)
            .Attribute("hreflang", text.OtherLanguage).Attribute("lang", text.OtherLanguage).Raw(">").Text(text.OtherLanguageName).Raw("</a></nav></header>")
            .Raw("<main id=\"content\">");
        return html;
    }

    public static string End(Html html) =>
        html.Raw("</main><footer><p>Prb.Events</p></footer></body></html>").ToString();
}
