using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Prb.Events.AspNet.Http;

namespace Prb.Events.AspNet.Endpoints;

/// <summary>Keeps what was rendered of a catalogue entry or snapshot for as long as that entry or snapshot lives, so a
/// repeated or conditional request costs no re-render; a changed file makes a new entry and with it new renderings.
/// Each rendering is made once however many requests ask at the same time, and is not tied to any one request's
/// cancellation. A request for something already rendered is two look-ups and allocates nothing.</summary>
internal static class RenderingCache
{
    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<RenderingKey, Lazy<Task<Representation>>>> s_renderings = [];

    public static Task<Representation> GetAsync<TState>(object owner, RenderingKey key, TState state, Func<TState, Task<Representation>> render)
    {
        var renderings = s_renderings.GetValue(owner, static _ => new ConcurrentDictionary<RenderingKey, Lazy<Task<Representation>>>());
        return renderings.GetOrAdd(key, static (_, a) => new Lazy<Task<Representation>>(() => a.render(a.state)), (render, state)).Value;
    }
}
