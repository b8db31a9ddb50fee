using Prb.Events.Hosting;

namespace Prb.Events.Samples.Web.Pages;

/// <summary>The list of events.</summary>
internal static class IndexPage
{
    public static string Render(EventCatalogSnapshot snapshot, PageText text)
    {
        var html = Layout.Start(text, text.EventsHeading, PageText.For(text.OtherLanguage).IndexPath);
        html.Raw("<h1>").Text(text.EventsHeading).Raw("</h1><ul class=\"events\">");
        foreach (var entry in snapshot.Entries)
        {
            html.Raw("<li><a").Attribute("href", text.EventPath(entry.Event.Slug.Value)).Raw(">").Text(entry.Event.FullTitle).Raw("</a>");
            if (entry.Schedule.Start is { } start)
            {
                html.Raw(" — ").Text(text.FormatDate(start.Date));
            }

            html.Raw("</li>");
        }

        html.Raw("</ul>");
        return Layout.End(html);
    }

    public static string NotFound(PageText text)
    {
        var html = Layout.Start(text, text.NotFound, PageText.For(text.OtherLanguage).IndexPath);
        html.Raw("<h1>").Text(text.NotFound).Raw("</h1><p><a").Attribute("href", text.IndexPath).Raw(">").Text(text.EventsHeading).Raw("</a></p>");
        return Layout.End(html);
    }
}
