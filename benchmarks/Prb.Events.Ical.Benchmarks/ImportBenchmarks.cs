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
    private Event[] _imported = null!;

    [GlobalSetup]
    public void Setup()
    {
        _text = IcalNetCalendar.Create();
        Console.WriteLine($"// input: {Encoding.UTF8.GetByteCount(_text):N0} octets, {_text.Length:N0} characters");
        var result = _importer.Read(_text);
        _imported = [.. result.Events];
        Console.WriteLine($"// IcalendarImporter: {result.Events.Count} events, {result.Diagnostics.Count} diagnostics");
        Console.WriteLine($"// minimal parse: {MinimalParse()} properties");
    }

    [Benchmark(Baseline = true, Description = "Ical.Net: Calendar.Load")]
    public int IcalNetLoad() => global::Ical.Net.Calendar.Load(_text)!.Events.Count;

    [Benchmark(Description = "Prb.Events.Ical: IcalendarImporter.Read")]
    public int PrbRead() => _importer.Read(_text).Events.Count;

    /// <summary>The Core model alone: the same 10,000 events built from values already read (id, title, zone,
    /// description, venue, day), as the importer builds them — the part of an import that no reader can save.</summary>
    [Benchmark(Description = "Core model only: building the 10,000 events")]
    public int ModelOnly()
    {
        // Kept until the end, as an import keeps the events it returns.
        var events = new List<Event>(_imported.Length);
        foreach (var e in _imported)
        {
            events.Add(Event.CreateBuilder(e.Id, e.Title).InZone(e.TimeZoneId).Described(e.Description).WithSlug(e.Slug)
                .At(e.Venue).OnDay(e.Days[0]).Build());
        }

        return events.Count;
    }

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
