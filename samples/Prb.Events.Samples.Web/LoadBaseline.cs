using Prb.Events.Hosting;
using Prb.Events.Ical;

namespace Prb.Events.Samples.Web;

/// <summary>
/// For the load script (benchmarks/load/run.sh) only: with <c>PRB_EVENTS_LOAD_BASELINE=1</c> the site also serves
/// <c>/_baseline/feed.ics</c> and <c>/_baseline/events/{slug}.ics</c>, the bytes of the feed and of each event's .ics
/// rendered once at start-up by the same exporter, written from memory with nothing but a content type and length.
/// They are the floor the real endpoints are measured against. Without the variable nothing is mapped.
/// </summary>
internal static class LoadBaseline
{
    public const string Variable = "PRB_EVENTS_LOAD_BASELINE";

    public static bool IsEnabled => Environment.GetEnvironmentVariable(Variable) == "1";

    public static async Task MapLoadBaselineAsync(this WebApplication app)
    {
        var snapshot = await app.Services.GetRequiredService<IEventCatalog>().GetSnapshotAsync();
        var exporter = app.Services.GetRequiredService<IcalendarExporter>();

        // As the feed endpoint: every event whose schedule resolves.
        var feed = exporter.FeedToUtf8(snapshot.Entries.Where(e => e.Schedule.IsComplete).Select(e => e.Event));
        var events = snapshot.Entries.ToDictionary(e => e.Event.Slug.Value, e => exporter.ToUtf8(e.Event), StringComparer.Ordinal);

        app.MapGet("/_baseline/feed.ics", (HttpContext context) => WriteAsync(context, feed)).ExcludeFromDescription();
        app.MapGet("/_baseline/events/{slug}.ics", (string slug, HttpContext context) =>
        {
            if (!events.TryGetValue(slug, out var body))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            }

            return WriteAsync(context, body);
        }).ExcludeFromDescription();
    }

    private static Task WriteAsync(HttpContext context, byte[] body)
    {
        context.Response.ContentType = IcalendarExporter.ContentType;
        context.Response.ContentLength = body.Length;
        return context.Response.Body.WriteAsync(body, context.RequestAborted).AsTask();
    }
}
