using Prb.Events.AspNet.Catalog;
using Prb.Events.AspNet.Http;
using Prb.Events.Export;

namespace Prb.Events.AspNet.Endpoints;

/// <summary>Renders an entry in a format once and keeps the bytes with the entry, so that a repeated or conditional
/// request costs no re-render. A changed file makes a new entry, and with it new renderings.</summary>
internal static class EventRenderer
{
    public static Representation Render(CatalogEntry entry, IEventExportFormat format, bool download)
    {
        var key = (download ? "file:" : "body:") + format.Name;
        var lazy = entry.Renderings.GetOrAdd(key, _ => new Lazy<Representation>(() =>
        {
            using var buffer = new MemoryStream();
            format.Write(entry.Event, buffer);
            var fileName = download ? entry.Event.Slug.Value + format.FileExtension : null;
            return new Representation(buffer.ToArray(), format.MediaType, entry.LastModified, fileName);
        }));
        return lazy.Value;
    }

    public static Representation RenderCustom(CatalogEntry entry, string key, Func<Representation> render) =>
        entry.Renderings.GetOrAdd(key, _ => new Lazy<Representation>(render)).Value;

    public static Representation RenderCustom(EventCatalogSnapshot snapshot, string key, Func<Representation> render) =>
        snapshot.Renderings.GetOrAdd(key, _ => new Lazy<Representation>(render)).Value;
}
