using System.Runtime.ExceptionServices;

namespace Prb.Events.PostgreSql.Tests.TestSupport;

/// <summary>The synchronization context of a thread that blocks on a task (a UI thread, classic ASP.NET): what is posted
/// to it never runs, so code that resumes on the caller's context instead of the thread pool never finishes.</summary>
public sealed class BlockedContext : SynchronizationContext
{
    public override void Post(SendOrPostCallback d, object? state)
    {
        // Dropped: the thread that owns this context is waiting for the task.
    }

    public override void Send(SendOrPostCallback d, object? state) => throw new NotSupportedException();

    /// <summary>Starts <paramref name="call"/> on a thread of its own under this context and waits for it there, as such
    /// a caller would; the result, or null when it had not finished after 30 seconds. What the call throws is thrown
    /// here, on the test's thread.</summary>
    public static T? Wait<T>(Func<Task<T>> call)
        where T : class
    {
        T? result = null;
        ExceptionDispatchInfo? failure = null;
        var thread = new Thread(() =>
        {
            SetSynchronizationContext(new BlockedContext());
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
