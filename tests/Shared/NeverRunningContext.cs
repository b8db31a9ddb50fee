using System.Runtime.ExceptionServices;

namespace Prb.Events.Testing;

/// <summary>A synchronization context like a UI thread's or classic ASP.NET's: continuations posted to it wait for
/// its thread, which here is blocked waiting for the result. Code that resumes on it deadlocks.</summary>
internal sealed class NeverRunningContext : SynchronizationContext
{
    public override void Post(SendOrPostCallback d, object? state)
    {
        // Never run: the context's thread is blocked.
    }

    public override void Send(SendOrPostCallback d, object? state) => throw new NotSupportedException();

    /// <summary>Runs <paramref name="call"/> on a new thread under this context and blocks that thread on its result;
    /// null when it did not finish within 30 s. What the call throws is thrown here, on the test's thread.</summary>
    public static T? BlockOn<T>(Func<Task<T>> call)
        where T : class
    {
        T? result = null;
        ExceptionDispatchInfo? failure = null;
        var thread = new Thread(() =>
        {
            SetSynchronizationContext(new NeverRunningContext());
            try
            {
                var task = call();
                if (task.Wait(TimeSpan.FromSeconds(30)))
                {
                    result = task.Result;
                }
            }
            catch (Exception e)
            {
                failure = ExceptionDispatchInfo.Capture(e);
            }
        });
        thread.Start();
        thread.Join();
        failure?.Throw();
        return result;
    }
}
