using System.Collections.Concurrent;
using Prb.Events.AspNet.Catalog;
using Prb.Events.AspNet.Http;
using Prb.Events.Export;

namespace Prb.Events.AspNet.Endpoints;

/// <summary>Renders an entry in a format once and keeps the bytes with the entry, so that a repeated or conditional
/// request costs no re-render. A changed file makes a new entry, and with it new renderings. A request for something
/// already rendered is one dictionary look-up: the closures that render are made only on a miss.</summary>
internal static class EventRenderer
{
    public static Representation Render(CatalogEntry entry, IEventExportFormat format, bool download) =>
        Get(entry.Renderings, (download ? "file:" : "body:") + format.Name, (entry, format, download), static state =>
        {
            var (entry, format, download) = state;
            using var buffer = new MemoryStream();
            format.Write(entry.Event, buffer);
            var fileName = download ? entry.Event.Slug.Value + format.FileExtension : null;
            return new Representation(buffer.ToArray(), format.MediaType, entry.LastModified, fileName);
        });

    /// <summary>Another rendering of one entry, under its own key; <paramref name="render"/> gets <paramref name="state"/>.</summary>
    public static Representation RenderCustom<TState>(CatalogEntry entry, string key, TState state, Func<TState, Representation> render) =>
        Get(entry.Renderings, key, state, render);

    /// <summary>A rendering of the whole snapshot, such as a feed, under its own key.</summary>
    public static Representation RenderCustom<TState>(EventCatalogSnapshot snapshot, string key, TState state, Func<TState, Representation> render) =>
        Get(snapshot.Renderings, key, state, render);

    private static Representation Get<TState>(
        ConcurrentDictionary<string, Lazy<Representation>> renderings, string key, TState state, Func<TState, Representation> render) =>
        renderings.TryGetValue(key, out var rendered)
            ? rendered.Value
            : renderings.GetOrAdd(key, static (_, a) => new Lazy<Representation>(() => a.render(a.state)), (render, state)).Value;
}
