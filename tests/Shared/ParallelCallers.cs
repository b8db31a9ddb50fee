using System.Runtime.ExceptionServices;

namespace Prb.Events.Testing;

/// <summary>Runs one call on many threads at once: each on a thread of its own, all released together by a barrier,
/// so that they really overlap (a two-core machine would run pool tasks a few at a time).</summary>
internal static class ParallelCallers
{
    /// <summary>Calls <paramref name="call"/> with 0 to <paramref name="count"/> - 1 on as many threads at once; returns the results in that order.</summary>
    internal static T[] Run<T>(int count, Func<int, T> call)
    {
        var results = new T[count];
        var failures = new Exception?[count];
        using var start = new Barrier(count);
        var threads = Enumerable.Range(0, count).Select(i => new Thread(() =>
        {
            start.SignalAndWait();
            try
            {
                results[i] = call(i);
            }
            catch (Exception e)
            {
                failures[i] = e;
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        if (failures.FirstOrDefault(f => f is not null) is { } failure)
        {
            ExceptionDispatchInfo.Throw(failure);
        }

        return results;
    }
}
