using System.Net;
using System.Net.Http.Headers;
using BenchmarkDotNet.Attributes;

namespace Prb.Events.Scale.Benchmarks;

/// <summary>
/// The write path from each store, with 10,000 events in it: one editor replacing one event over and over through
/// <c>PUT /events/{slug}</c> with <c>If-Match</c> (the ETag of the previous answer) and a rising revision. Every
/// answer must be 200; a 412 or anything else stops the run, so only successful updates are counted.
/// </summary>
[Config(typeof(PerRequestConfig))]
public class WriteBenchmarks
{
    private const int Revisions = 2_000;
    private readonly List<byte[]> _documents = [];
    private ScaleSite _site = null!;
    private string _etag = "";
    private int _next;

    /// <summary>Gets or sets the store the site writes.</summary>
    [Params(StoreKind.Folder, StoreKind.PostgreSql)]
    public StoreKind Store { get; set; }

    /// <summary>Fills the store, starts the site and reads the ETag of the event to update.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _site = ScaleSite.StartAsync(Store).GetAwaiter().GetResult();
        for (var revision = 1; revision <= Revisions; revision++)
        {
            _documents.Add(EventDocumentSerializer.WriteUtf8(ScaleEvents.Create(0, revision)));
        }

        using var response = _site.Client.GetAsync("/events/" + ScaleEvents.SlugOf(0)).GetAwaiter().GetResult();
        response.EnsureSuccessStatusCode();
        _etag = response.Headers.ETag!.Tag;
    }

    /// <summary>Stops the site and removes the store.</summary>
    [GlobalCleanup]
    public void Cleanup() => _site.DisposeAsync().AsTask().GetAwaiter().GetResult();

    /// <summary>One update with If-Match.</summary>
    /// <returns>The new ETag.</returns>
    [Benchmark]
    public async Task<string> Update()
    {
        if (_next == _documents.Count)
        {
            throw new InvalidOperationException($"More than {Revisions} updates: raise {nameof(Revisions)}.");
        }

        using var request = new HttpRequestMessage(HttpMethod.Put, "/events/" + ScaleEvents.SlugOf(0)) { Content = new ByteArrayContent(_documents[_next]) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.TryAddWithoutValidation("If-Match", _etag);
        using var response = await _site.Client.SendAsync(request);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"Update {_next + 1} was answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        _next++;
        _etag = response.Headers.ETag!.Tag;
        return _etag;
    }
}
