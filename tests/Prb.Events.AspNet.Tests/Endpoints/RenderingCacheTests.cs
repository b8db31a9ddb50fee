using NodaTime;
using Prb.Events.AspNet.Endpoints;
using Prb.Events.AspNet.Http;

namespace Prb.Events.AspNet.Tests.Endpoints;

/// <summary>A rendering is made once per owner and key, however many callers ask at the same time.</summary>
public sealed class RenderingCacheTests
{
    private static Representation Rendered(string text) => new(System.Text.Encoding.UTF8.GetBytes(text), "text/plain", Instant.FromUtc(2011, 11, 8, 12, 0));

    [Fact]
    public async Task Callers_asking_at_the_same_time_share_one_rendering()
    {
        var owner = new object();
        var gate = new TaskCompletionSource();
        var renders = 0;

        var callers = Enumerable.Range(0, 16)
            .Select(_ => Task.Run(() => RenderingCache.GetAsync(owner, new RenderingKey(RenderingKind.Body, "txt"), "treść", async state =>
            {
                Interlocked.Increment(ref renders);
                await gate.Task;
                return Rendered(state);
            })))
            .ToList();
        await Task.Delay(50);
        gate.SetResult();
        var results = await Task.WhenAll(callers);

        Assert.Equal(1, renders);
        Assert.All(results, r => Assert.Same(results[0], r));
        Assert.Equal("treść"u8.ToArray(), results[0].Body);
    }

    [Fact]
    public async Task A_later_caller_gets_the_rendering_made_before()
    {
        var owner = new object();
        var renders = 0;
        Task<Representation> Render(string state)
        {
            renders++;
            return Task.FromResult(Rendered(state));
        }

        var first = await RenderingCache.GetAsync(owner, new RenderingKey(RenderingKind.Feed, "ics"), "pierwszy", Render);
        var second = await RenderingCache.GetAsync(owner, new RenderingKey(RenderingKind.Feed, "ics"), "drugi", Render);

        Assert.Same(first, second);
        Assert.Equal(1, renders);
    }

    [Fact]
    public async Task Other_keys_and_other_owners_get_their_own_renderings()
    {
        var owner = new object();
        static Task<Representation> Render(string state) => Task.FromResult(Rendered(state));

        var one = await RenderingCache.GetAsync(owner, new RenderingKey(RenderingKind.Body, "json"), "jeden", Render);
        var otherKey = await RenderingCache.GetAsync(owner, new RenderingKey(RenderingKind.File, "json"), "dwa", Render);
        var otherOwner = await RenderingCache.GetAsync(new object(), new RenderingKey(RenderingKind.Body, "json"), "trzy", Render);

        Assert.Equal("jeden"u8.ToArray(), one.Body);
        Assert.Equal("dwa"u8.ToArray(), otherKey.Body);
        Assert.Equal("trzy"u8.ToArray(), otherOwner.Body);
    }
}
