using System.Diagnostics;
using System.Globalization;
using Prb.Events.Ical.Internal;
using Xunit.Abstractions;

namespace Prb.Events.Ical.Tests.Fuzzing;

/// <summary>Tests that import large inputs run alone, not beside the parallel ones: each allocates hundreds of
/// megabytes, and the milliseconds they write to the output mean more without other tests on the same cores.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RunAlone
{
    public const string Name = "Run alone";
}

/// <summary>
/// Large hostile inputs: the work of importing each is linear in its size, whatever it repeats or nests. Asserted in
/// units that do not depend on the machine: the counted steps of the import (<see cref="WorkBounds"/>), and the octets
/// it allocates — at most <see cref="AllocationPerCapOctet"/> per octet of the size cap, and growing with the input no
/// faster than the input, within <see cref="GrowthSlack"/>, from a quarter of the size to the whole. The milliseconds
/// are written to the test output and not asserted; the speed target (a megabyte in well under a second) is measured
/// by <c>benchmarks/Prb.Events.Ical.Benchmarks</c> (HostileImportBenchmarks).
/// </summary>
[Collection(RunAlone.Name)]
public sealed class LargeInputTests(ITestOutputHelper output)
{
    /// <summary>Allocated octets allowed per octet of the cap: the bound of the time Ical.Net parsed each VEVENT (some
    /// 45 KB for a VEVENT of a hundred octets). With the importer's own reader the worst input measured (a megabyte of
    /// BEGIN:VEVENT without END, two diagnostics each) comes to about 120.</summary>
    private const long AllocationPerCapOctet = 1000;

    /// <summary>How much faster than the input the work and the allocations may grow from a quarter of the input to the
    /// whole: linear work grows about four times (less where a per-import limit holds it), quadratic work sixteen.</summary>
    private const double GrowthSlack = 1.5;

    /// <summary>Work and allocations at the quarter size below which growth is not compared (fixed costs dominate).</summary>
    private const long SmallestCompared = 10_000;

    private static readonly IcalendarImporter Capped = new(new IcalendarImportOptions { MaxInputBytes = 1 << 20 });

    /// <summary>Every kind of input, small, imported once, so that what the first import of a process loads (tzdb,
    /// Ical.Net's serializers) and the JIT does are not measured as the work of one input.</summary>
    private static readonly Lazy<bool> Warm = new(() =>
    {
        foreach (var name in LargeInputs.Names)
        {
            Measure(() => Capped.Read(new MemoryStream(LargeInputs.Make(name, 50_000))), warmUp: false);
        }

        return true;
    });

    public static TheoryData<string> Names => [.. LargeInputs.Names];

    [Theory]
    [MemberData(nameof(Names))]
    public void A_megabyte_of_one_hostile_thing_costs_work_and_memory_linear_in_its_size(string name)
    {
        var octets = LargeInputs.Make(name);
        var quarter = LargeInputs.Make(name, LargeInputs.Megabyte / 4);
        Assert.InRange(octets.Length, LargeInputs.Megabyte / 2, Capped.Options.MaxInputBytes);

        var small = Measure(() => Capped.Read(new MemoryStream(quarter)));
        var whole = Measure(() => Capped.Read(new MemoryStream(octets)));

        Report(name + ", a quarter", quarter.Length, small, Capped.Options.MaxInputBytes);
        Report(name, octets.Length, whole, Capped.Options.MaxInputBytes);
        Assert.Equal(small.Work is null, whole.Work is null);
        if (whole.Work is { } work)
        {
            WorkBounds.AssertLinear(work, octets.Length, name);
            AssertGrowsLinearly("counted steps", WorkBounds.Total(small.Work!), WorkBounds.Total(work), quarter.Length, octets.Length);
        }

        Assert.True(whole.Allocated <= AllocationPerCapOctet * Capped.Options.MaxInputBytes, $"{name}: {whole.Allocated} octets allocated");
        AssertGrowsLinearly("allocated octets", small.Allocated, whole.Allocated, quarter.Length, octets.Length);
    }

    [Fact]
    public void A_ten_megabyte_line_is_read_under_the_default_cap()
    {
        var importer = new IcalendarImporter();
        var octets = LargeInputs.TenMegabyteLine();
        Assert.True(octets.Length <= importer.Options.MaxInputBytes);

        var measured = Measure(() => importer.Read(new MemoryStream(octets)));

        Report("a line of ten megabytes", octets.Length, measured, importer.Options.MaxInputBytes);
        Assert.StartsWith("1 events", measured.Outcome, StringComparison.Ordinal);
        WorkBounds.AssertLinear(measured.Work!, octets.Length);
        Assert.True(measured.Allocated <= AllocationPerCapOctet * importer.Options.MaxInputBytes, $"{measured.Allocated} octets allocated");
    }

    private static Measurement Measure(Func<IcalendarImportResult> import, bool warmUp = true)
    {
        Assert.True(!warmUp || Warm.Value);
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        string outcome;
        ImportWork? work = null;
        try
        {
            var result = import();
            work = result.Work;
            outcome = string.Create(CultureInfo.InvariantCulture, $"{result.Events.Count} events, {result.Diagnostics.Count} diagnostics");
        }
        catch (IcalendarFormatException e)
        {
            outcome = "IcalendarFormatException: " + e.Message;
        }

        watch.Stop();
        return new Measurement(outcome, watch.Elapsed, GC.GetAllocatedBytesForCurrentThread() - allocatedBefore, work);
    }

    /// <summary>Asserts that a count grew from the quarter input to the whole no faster than the input did, within the slack.</summary>
    private static void AssertGrowsLinearly(string what, long atQuarter, long atWhole, int quarterOctets, int wholeOctets)
    {
        var allowed = GrowthSlack * wholeOctets / quarterOctets * Math.Max(atQuarter, SmallestCompared);
        Assert.True(atWhole <= allowed, string.Create(CultureInfo.InvariantCulture,
            $"{what}: {atQuarter} for {quarterOctets} octets, {atWhole} for {wholeOctets} octets; at most {allowed:0} for linear growth"));
    }

    private void Report(string name, int length, Measurement m, long cap) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: {length} octets, allocated {m.Allocated / 1e6:0.0} MB ({(double)m.Allocated / cap:0}x the cap), "
            + $"{(m.Work is { } w ? WorkBounds.Total(w) : 0)} steps ({(m.Work is { } v ? WorkBounds.Describe(v) : "none")}); "
            + $"{m.Elapsed.TotalMilliseconds:0} ms, not asserted ({m.Elapsed.TotalMilliseconds / (length / 1e6):0} ms per MB); {m.Outcome}"));

    private sealed record Measurement(string Outcome, TimeSpan Elapsed, long Allocated, ImportWork? Work);
}
