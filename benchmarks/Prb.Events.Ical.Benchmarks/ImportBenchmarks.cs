using System.Text;
using BenchmarkDotNet.Attributes;

namespace Prb.Events.Ical.Benchmarks;

/// <summary>
/// Side by side in one run, reading the 10,000-event calendar Ical.Net writes (<see cref="IcalNetCalendar"/>):
/// Ical.Net's <c>Calendar.Load</c> (the baseline), <see cref="IcalendarImporter.Read(string)"/>, and a minimal parse that
/// only unfolds the lines and splits each into name, parameters and value (the floor any reader stands on).
/// </summary>
/// <remarks>Targets (issue 12): the importer at least 10× faster than <c>Calendar.Load</c>, allocating at most 5× the
/// input's size in octets.</remarks>
[MemoryDiagnoser]
public class ImportBenchmarks
{
    private readonly IcalendarImporter _importer = new();
    private string _text = null!;

    [GlobalSetup]
    public void Setup()
    {
        _text = IcalNetCalendar.Create();
        Console.WriteLine($"// input: {Encoding.UTF8.GetByteCount(_text):N0} octets, {_text.Length:N0} characters");
        var result = _importer.Read(_text);
        Console.WriteLine($"// IcalendarImporter: {result.Events.Count} events, {result.Diagnostics.Count} diagnostics");
        Console.WriteLine($"// minimal parse: {MinimalParse()} properties");
    }

    [Benchmark(Baseline = true, Description = "Ical.Net: Calendar.Load")]
    public int IcalNetLoad() => global::Ical.Net.Calendar.Load(_text)!.Events.Count;

    [Benchmark(Description = "Prb.Events.Ical: IcalendarImporter.Read")]
    public int PrbRead() => _importer.Read(_text).Events.Count;

    [Benchmark(Description = "minimal unfold-and-split parse")]
    public int MinimalParse()
    {
        var count = 0;
        using var reader = new StringReader(_text);
        var line = new StringBuilder();
        string? physical;
        while ((physical = reader.ReadLine()) is not null)
        {
            if (physical.Length > 0 && physical[0] is ' ' or '\t')
            {
                line.Append(physical, 1, physical.Length - 1);
                continue;
            }

            count += Split(line);
            line.Clear().Append(physical);
        }

        return count + Split(line);
    }

    private static int Split(StringBuilder line)
    {
        if (line.Length == 0)
        {
            return 0;
        }

        var text = line.ToString();
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return 0;
        }

        var parts = text[..colon].Split(';');
        var value = text[(colon + 1)..];
        return parts.Length > 0 && value.Length >= 0 ? 1 : 0;
    }
}
