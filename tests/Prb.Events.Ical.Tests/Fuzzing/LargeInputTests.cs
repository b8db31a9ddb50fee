using System.Diagnostics;
using System.Globalization;
using Xunit.Abstractions;

namespace Prb.Events.Ical.Tests.Fuzzing;

/// <summary>Tests that measure time run alone, not beside the parallel ones.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimingTests
{
    public const string Name = "Timing";
}

/// <summary>
/// Large hostile inputs: each megabyte is imported in at most a second (asserted with a factor of two for slow CI
/// machines; the figures are written to the test output) and allocates at most <see cref="AllocationPerCapOctet"/>
/// octets per octet of the size cap — the work is linear in the input, whatever it repeats or nests.
/// </summary>
[Collection(TimingTests.Name)]
public sealed class LargeInputTests(ITestOutputHelper output)
{
    /// <summary>Allocated octets allowed per octet of the cap. Ical.Net, which parses each VEVENT, allocates some 45 KB
    /// for a VEVENT of a hundred octets; the worst input measured (the smallest possible VEVENTs) comes to about 650.</summary>
    private const long AllocationPerCapOctet = 1000;

    private const double Slack = 2;

    private static readonly IcalendarImporter Capped = new(new IcalendarImportOptions { MaxInputBytes = 1 << 20 });
    /// <summary>Every kind of input, small, a few times with pauses between, so that what is measured is the steady
    /// state of a running host: the tiered JIT counts calls only after a pause in compiling, then recompiles the hot
    /// methods optimized in the background.</summary>
    private static readonly Lazy<bool> Warm = new(() =>
    {
        for (var round = 0; round < 3; round++)
        {
            foreach (var name in LargeInputs.Names)
            {
                Measure(() => Capped.Read(new MemoryStream(LargeInputs.Make(name, 50_000))), warmUp: false);
            }

            Thread.Sleep(300);
        }

        return true;
    });

    public static TheoryData<string> Names => [.. LargeInputs.Names];

    [Theory]
    [MemberData(nameof(Names))]
    public void A_megabyte_of_one_hostile_thing_takes_at_most_a_second(string name)
    {
        var octets = LargeInputs.Make(name);
        Assert.InRange(octets.Length, LargeInputs.Megabyte / 2, Capped.Options.MaxInputBytes);

        var (outcome, elapsed, allocated) = Measure(() => Capped.Read(new MemoryStream(octets)));

        Report(name, octets.Length, outcome, elapsed, allocated, Capped.Options.MaxInputBytes);
        Assert.True(elapsed <= TimeSpan.FromSeconds(Slack * Math.Max(1, octets.Length / 1e6)), $"{name}: {elapsed.TotalMilliseconds:0} ms");
        Assert.True(allocated <= AllocationPerCapOctet * Capped.Options.MaxInputBytes, $"{name}: {allocated} octets allocated");
    }

    [Fact]
    public void A_ten_megabyte_line_is_read_under_the_default_cap()
    {
        var importer = new IcalendarImporter();
        var octets = LargeInputs.TenMegabyteLine();
        Assert.True(octets.Length <= importer.Options.MaxInputBytes);

        var (outcome, elapsed, allocated) = Measure(() => importer.Read(new MemoryStream(octets)));

        Report("a line of ten megabytes", octets.Length, outcome, elapsed, allocated, importer.Options.MaxInputBytes);
        Assert.StartsWith("1 events", outcome, StringComparison.Ordinal);
        Assert.True(elapsed <= TimeSpan.FromSeconds(Slack * 10), $"{elapsed.TotalMilliseconds:0} ms");
        Assert.True(allocated <= AllocationPerCapOctet * importer.Options.MaxInputBytes, $"{allocated} octets allocated");
    }

    private static (string Outcome, TimeSpan Elapsed, long Allocated) Measure(Func<IcalendarImportResult> import, bool warmUp = true)
    {
        Assert.True(!warmUp || Warm.Value);
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        string outcome;
        try
        {
            var result = import();
            outcome = string.Create(CultureInfo.InvariantCulture, $"{result.Events.Count} events, {result.Diagnostics.Count} diagnostics");
        }
        catch (IcalendarFormatException e)
        {
            outcome = "IcalendarFormatException: " + e.Message;
        }

        watch.Stop();
        return (outcome, watch.Elapsed, GC.GetAllocatedBytesForCurrentThread() - allocatedBefore);
    }

    private void Report(string name, int length, string outcome, TimeSpan elapsed, long allocated, long cap) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: {length} octets, {elapsed.TotalMilliseconds:0} ms ({elapsed.TotalMilliseconds / (length / 1e6):0} ms per MB), allocated {allocated / 1e6:0.0} MB ({(double)allocated / cap:0}x the cap); {outcome}"));
}
