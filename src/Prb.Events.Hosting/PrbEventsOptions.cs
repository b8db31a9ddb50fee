namespace Prb.Events.Hosting;

/// <summary>The options of Prb.Events in a host, set through <c>AddPrbEvents(options =&gt; ...)</c> and validated at start-up.</summary>
public sealed class PrbEventsOptions
{
    /// <summary>Gets or sets the folder of JSON event documents that the default catalogue serves; relative paths are
    /// taken from the host's content root. Required unless the host replaces <see cref="IEventCatalog"/>.</summary>
    public string? CatalogPath { get; set; }

    /// <summary>Gets or sets how often, at most, the folder catalogue looks for added, changed or removed files when asked for
    /// events (in addition to file-system notifications). From zero to one hour; 2 seconds by default.</summary>
    public TimeSpan CatalogRefreshInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Gets or sets the largest event document, in bytes, that the folder catalogue reads; a larger file is
    /// logged and left out without being read. From 1 KiB to 1 GiB; 4 MiB by default (the seed conference is 10 KB).</summary>
    public long MaxDocumentSize { get; set; } = 4 * 1024 * 1024;

    /// <summary>Gets or sets the page size of the event list when the request gives none. From 1 to <see cref="MaxPageSize"/>; 20 by default.</summary>
    public int DefaultPageSize { get; set; } = 20;

    /// <summary>Gets or sets the largest page size a request may ask for. From 1 to 1000; 100 by default.</summary>
    public int MaxPageSize { get; set; } = 100;

    /// <summary>Gets or sets how long clients and shared caches may keep a response (Cache-Control max-age). From zero to one day; 5 minutes by default.</summary>
    public TimeSpan CacheMaxAge { get; set; } = TimeSpan.FromMinutes(5);
}
