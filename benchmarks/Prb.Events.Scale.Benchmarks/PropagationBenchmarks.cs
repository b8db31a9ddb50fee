using System.Net;
using System.Net.Http.Headers;
using BenchmarkDotNet.Attributes;

namespace Prb.Events.Scale.Benchmarks;

/// <summary>
/// Two instances over one PostgreSQL database holding 10,000 events: an update with <c>If-Match</c> through the first,
/// then <c>GET /events/{slug}</c> on the second until it answers with the ETag the first one gave. One measurement is
/// the write and its way to the other instance (LISTEN/NOTIFY, the catalogue's refresh), as a client of a load
/// balancer that switches instances would see it; its percentiles tell how often "within a second" holds.
/// </summary>
[Config(typeof(PerRequestConfig))]
public class PropagationBenchmarks
{
    private const int Revisions = 2_000;
    private static readonly TimeSpan GiveUp = TimeSpan.FromSeconds(60);
    private readonly List<byte[]> _documents = [];
    private ScaleSite _writer = null!;
    private ScaleSite _reader = null!;
    private string _etag = "";
    private int _next;

    /// <summary>Gets or sets the store: PostgreSQL only, the store that many instances share.</summary>
    [Params(StoreKind.PostgreSql)]
    public StoreKind Store { get; set; }

    /// <summary>Fills the database and starts both instances.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _writer = ScaleSite.StartAsync(Store).GetAwaiter().GetResult();
        _reader = _writer.StartAnotherInstanceAsync().GetAwaiter().GetResult();
        for (var revision = 1; revision <= Revisions; revision++)
        {
            _documents.Add(EventDocumentSerializer.WriteUtf8(ScaleEvents.Create(0, revision)));
        }

        using var response = _writer.Client.GetAsync("/events/" + ScaleEvents.SlugOf(0)).GetAwaiter().GetResult();
        response.EnsureSuccessStatusCode();
        _etag = response.Headers.ETag!.Tag;
    }

    /// <summary>Stops both instances and the database.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _reader.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _writer.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    /// <summary>An update through the first instance, until the second serves it.</summary>
    /// <returns>The number of reads of the second instance it took.</returns>
    [Benchmark]
    public async Task<int> UpdateSeenByTheOtherInstance()
    {
        if (_next == _documents.Count)
        {
            throw new InvalidOperationException($"More than {Revisions} updates: raise {nameof(Revisions)}.");
        }

        var slug = "/events/" + ScaleEvents.SlugOf(0);
        using (var request = new HttpRequestMessage(HttpMethod.Put, slug) { Content = new ByteArrayContent(_documents[_next]) })
        {
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            request.Headers.TryAddWithoutValidation("If-Match", _etag);
            using var response = await _writer.Client.SendAsync(request);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new InvalidOperationException($"Update {_next + 1} was answered {(int)response.StatusCode}.");
            }

            _etag = response.Headers.ETag!.Tag;
            _next++;
        }

        var started = DateTime.UtcNow;
        for (var reads = 1; ; reads++)
        {
            using var head = new HttpRequestMessage(HttpMethod.Head, slug);
            using var seen = await _reader.Client.SendAsync(head);
            if (seen.Headers.ETag?.Tag == _etag)
            {
                return reads;
            }

            if (DateTime.UtcNow - started > GiveUp)
            {
                throw new InvalidOperationException($"The other instance did not serve update {_next} within {GiveUp.TotalSeconds} s.");
            }

            await Task.Delay(1);
        }
    }
}
