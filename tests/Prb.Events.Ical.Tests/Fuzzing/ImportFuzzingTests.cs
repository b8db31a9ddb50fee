using System.Diagnostics;
using System.Text;
using CsCheck;
using Prb.Events.Ical.Tests.TestSupport;
using Xunit.Abstractions;

namespace Prb.Events.Ical.Tests.Fuzzing;

/// <summary>
/// Hostile input for <see cref="IcalendarImporter"/>: every input ends in an <see cref="IcalendarImportResult"/> (events
/// and diagnostics) or in the one documented exception, <see cref="IcalendarFormatException"/> — never in another
/// exception, with counted work linear in its size (<see cref="WorkBounds"/>) and allocations bounded by its size and
/// that work.
/// </summary>
public sealed class ImportFuzzingTests(ITestOutputHelper output)
{
    private static readonly IcalendarImporter Importer = new();
    private static readonly IcalendarExporter Exporter = Samples.Exporter(Samples.WithItems);

    /// <summary>Every seed imported once both ways, before sampling: what the first imports of a process load (tzdb,
    /// Ical.Net's serializers) is then not counted in the allocations of one sampled input.</summary>
    private static readonly Lazy<bool> Warm = new(() =>
    {
        foreach (var (_, octets) in ImportCorpus.All)
        {
            Importer.Read(new MemoryStream(octets));
            Importer.Read(Encoding.UTF8.GetString(octets));
        }

        return true;
    });

    [Fact]
    public void Corpus_files_are_imported_without_errors()
    {
        foreach (var (name, octets) in ImportCorpus.Files)
        {
            var result = Importer.Read(new MemoryStream(octets));
            Assert.True(result.Events.Count > 0, name);
            Assert.False(result.HasErrors, $"{name}: {string.Join("; ", result.Diagnostics)}");
            output.WriteLine($"{name}: {result.Events.Count} events, {result.Diagnostics.Count} diagnostics");
        }
    }

    [Fact]
    public void Folding_anywhere_and_bare_line_feeds_change_nothing()
    {
        foreach (var (name, octets) in ImportCorpus.All)
        {
            var original = Importer.Read(new MemoryStream(octets));
            var expected = Describe(original);

            // Folded at 75 octets wherever that falls, inside Polish letters and emoji too (diagnostics then name other lines).
            var folded = ImportCorpus.FoldEvery75Octets(octets);
            Assert.Equal(Describe(original, ignoreLines: true), Describe(Importer.Read(new MemoryStream(folded)), ignoreLines: true));

            var lineFeeds = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(octets).Replace("\r\n", "\n", StringComparison.Ordinal));
            Assert.Equal(expected, Describe(Importer.Read(new MemoryStream(lineFeeds))));
            Assert.NotEmpty(name);
        }
    }

    [Fact]
    public void Mutated_corpus_files_end_in_a_result_or_the_format_exception()
    {
        var seeds = ImportCorpus.All;
        Assert.True(Warm.Value);
        var stats = new FuzzStats();
        Gen.Select(Gen.Int[0, seeds.Count - 1], IcsMutation.Any.Array[1, 4], (seed, mutations) => (seed, mutations))
            .Sample(
                t => ImportAndCheck(t.mutations.Aggregate(seeds[t.seed].Octets, (octets, m) => m.Apply(octets)), stats),
                iter: Iterations(1500),
                print: t => $"{seeds[t.seed].Name} with {string.Join(", ", t.mutations.AsEnumerable())}");

        output.WriteLine(stats.ToString());
        Assert.True(stats.Results > 0 && stats.FormatExceptions > 0, stats.ToString());
    }

    [Fact]
    public void Random_octets_after_the_first_line_end_in_a_result()
    {
        Assert.True(Warm.Value);
        var stats = new FuzzStats();
        Gen.Byte.Array[0, 2000]
            .Sample(bytes => ImportAndCheck([.. "BEGIN:VCALENDAR\r\n"u8, .. bytes], stats), iter: Iterations(300));
        Gen.OneOf(Gen.Const("BEGIN:VEVENT\r\n"), Gen.Const("END:VEVENT\r\n"), Gen.Const("BEGIN:VTIMEZONE\r\n"), Gen.Const("END:VCALENDAR\r\n"),
                Gen.Const("DTSTART:20111109T100000Z\r\n"), Gen.Const("UID:a\r\n"), Gen.Const("RELATED-TO:a\r\n"), Gen.Const("TZID:a\r\n"),
                Gen.Const("BEGIN:STANDARD\r\nDTSTART:16010101T000000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0100\r\nEND:STANDARD\r\n"),
                Gen.Const("DTSTART;TZID=a:20111109T100000\r\n"), Gen.Const(" folded\r\n"), Gen.Const("DURATION:P1D\r\n"))
            .Array[0, 60]
            .Sample(lines => ImportAndCheck(Encoding.UTF8.GetBytes("BEGIN:VCALENDAR\r\n" + string.Concat(lines)), stats), iter: Iterations(500));

        output.WriteLine(stats.ToString());
    }

    [Fact]
    public async Task Input_over_the_cap_is_refused_before_it_is_read_whole()
    {
        var importer = new IcalendarImporter(new IcalendarImportOptions { MaxInputBytes = LargeInputs.Megabyte });

        var endless = new EndlessCalendarStream();
        Assert.Throws<IcalendarFormatException>(() => importer.Read(endless));
        Assert.InRange(endless.Position, LargeInputs.Megabyte, LargeInputs.Megabyte + 100_000);

        var endlessAsync = new EndlessCalendarStream();
        await Assert.ThrowsAsync<IcalendarFormatException>(() => importer.ReadAsync(endlessAsync));
        Assert.InRange(endlessAsync.Position, LargeInputs.Megabyte, LargeInputs.Megabyte + 100_000);

        // Text over the cap is refused by its length, without being parsed.
        var text = Encoding.UTF8.GetString(LargeInputs.Make("small events")) + new string('x', LargeInputs.Megabyte);
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        Assert.Throws<IcalendarFormatException>(() => importer.Read(text));
        Assert.InRange(GC.GetAllocatedBytesForCurrentThread() - allocated, 0, 100_000);
    }

    /// <summary>The iterations of a fuzzing test: the given number, or PRB_FUZZ_ITERATIONS from the environment for a longer hunt.</summary>
    internal static long Iterations(long usual) =>
        long.TryParse(Environment.GetEnvironmentVariable("PRB_FUZZ_ITERATIONS"), out var hunt) && hunt > 0 ? hunt : usual;

    /// <summary>Imports octets from a stream and, decoded, from a string; checks what any input must give.</summary>
    private static void ImportAndCheck(byte[] octets, FuzzStats stats)
    {
        var fromStream = Import(() => Importer.Read(new MemoryStream(octets)), octets.Length, stats);
        var fromString = Import(() => Importer.Read(Encoding.UTF8.GetString(octets)), octets.Length, stats);
        if (Utf8Octets.IsUtf8WithoutBom(octets))
        {
            // The same text read either way gives the same events and diagnostics.
            Assert.Equal(fromStream is null ? null : Describe(fromStream), fromString is null ? null : Describe(fromString));
        }
    }

    private static IcalendarImportResult? Import(Func<IcalendarImportResult> read, int length, FuzzStats stats)
    {
        var watch = Stopwatch.StartNew();
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        IcalendarImportResult? result = null;
        try
        {
            result = read();
        }
        catch (IcalendarFormatException e)
        {
            Assert.False(string.IsNullOrWhiteSpace(e.Message));
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        // Bounds in counted steps and allocated octets, not seconds: these inputs of a few kilobytes are imported on
        // several sampling threads beside other tests, and a busy machine makes any of them slow (the slowest is in
        // the output, for information).
        var maxAllocated = WorkBounds.MaxAllocated(length, result?.Work);
        stats.Add(result, watch.Elapsed, length, (double)allocated / maxAllocated);
        Assert.True(allocated <= maxAllocated, $"{allocated} octets allocated for {length} octets, over {maxAllocated}{(result is null ? string.Empty : "; " + WorkBounds.Describe(result.Work))}");
        if (result is not null)
        {
            WorkBounds.AssertLinear(result.Work, length);
            Check(result);
        }

        return result;
    }

    /// <summary>What every result must be: diagnostics with a code, a message and the position of a content line (a line
    /// and column 1); events the model accepts, that every format can write and whose documents read back the same.</summary>
    private static void Check(IcalendarImportResult result)
    {
        foreach (var d in result.Diagnostics)
        {
            Assert.StartsWith("PRB20", d.Code, StringComparison.Ordinal);
            Assert.Equal(DiagnosticLocationKind.Input, d.Location.Kind);
            Assert.True(d.Location.Line >= 1 && d.Location.Column == 1, d.ToString());
            Assert.False(string.IsNullOrWhiteSpace(d.Message));
        }

        foreach (var e in result.Events)
        {
            var document = EventDocumentSerializer.WriteUtf8(e);
            Assert.Equal(document, EventDocumentSerializer.WriteUtf8(EventDocumentSerializer.Read(document)));
            Assert.NotEmpty(Exporter.ToUtf8(e));
        }
    }

    private static string Describe(IcalendarImportResult result, bool ignoreLines = false) =>
        string.Join("\n", result.Events.Select(e => EventDocumentSerializer.Write(e)))
        + "\n" + string.Join("\n", result.Diagnostics.Select(d => ignoreLines ? $"{d.Code} {d.Severity}" : d.ToString()));
}
