using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Prb.Events.Hosting.Tests.TestSupport;

/// <summary>A logger that collects every line and holds the first line containing <c>marker</c> until
/// <see cref="Open"/>: the catalogue is then caught in the middle of a look at its folder.</summary>
public sealed class GateLogger<T>(string marker) : ILogger<T>, IDisposable
{
    private readonly ManualResetEventSlim _entered = new();
    private readonly ManualResetEventSlim _gate = new();

    public ConcurrentQueue<(LogLevel Level, string Message)> Lines { get; } = new();

    /// <summary>Waits until a look has reached the marked line; false when none does within 30 s.</summary>
    public bool WaitUntilHeld() => _entered.Wait(TimeSpan.FromSeconds(30));

    /// <summary>Lets the held look (and every later one) go on.</summary>
    public void Open() => _gate.Set();

    public int Count(string text) => Lines.Count(l => l.Message.Contains(text, StringComparison.Ordinal));

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, Microsoft.Extensions.Logging.EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var message = formatter(state, exception);
        Lines.Enqueue((logLevel, message));
        if (message.Contains(marker, StringComparison.Ordinal) && !_gate.IsSet)
        {
            _entered.Set();
            _gate.Wait(TimeSpan.FromSeconds(60));
        }
    }

    public void Dispose()
    {
        _gate.Set();
        _entered.Dispose();
        _gate.Dispose();
    }
}
