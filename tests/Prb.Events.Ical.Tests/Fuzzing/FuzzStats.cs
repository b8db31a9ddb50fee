using System.Globalization;

namespace Prb.Events.Ical.Tests.Fuzzing;

/// <summary>Counts what a fuzzing run tried and got, for the test output; safe to use from the sampling threads.</summary>
internal sealed class FuzzStats
{
    private long _inputs;
    private long _results;
    private long _formatExceptions;
    private long _events;
    private long _diagnostics;
    private long _octets;
    private long _maxTicks;
    private double _maxAllocatedShare;

    internal long Results => Interlocked.Read(ref _results);

    internal long FormatExceptions => Interlocked.Read(ref _formatExceptions);

    /// <summary>Counts an import: its result (null for the format exception), time, length, and the share of its
    /// allocation bound that it allocated.</summary>
    internal void Add(IcalendarImportResult? result, TimeSpan elapsed, int length, double allocatedShare)
    {
        Interlocked.Increment(ref _inputs);
        Interlocked.Add(ref _octets, length);
        if (result is null)
        {
            Interlocked.Increment(ref _formatExceptions);
        }
        else
        {
            Interlocked.Increment(ref _results);
            Interlocked.Add(ref _events, result.Events.Count);
            Interlocked.Add(ref _diagnostics, result.Diagnostics.Count);
        }

        long seen;
        while (elapsed.Ticks > (seen = Interlocked.Read(ref _maxTicks)) && Interlocked.CompareExchange(ref _maxTicks, elapsed.Ticks, seen) != seen)
        {
        }

        double share;
        while (allocatedShare > (share = Volatile.Read(ref _maxAllocatedShare)) && Interlocked.CompareExchange(ref _maxAllocatedShare, allocatedShare, share) != share)
        {
        }
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{_inputs} imports of {_octets} octets: {_results} results ({_events} events, {_diagnostics} diagnostics), {_formatExceptions} IcalendarFormatExceptions; slowest {TimeSpan.FromTicks(_maxTicks).TotalMilliseconds:0.0} ms (not asserted); most allocated {_maxAllocatedShare:P0} of its bound");
}
