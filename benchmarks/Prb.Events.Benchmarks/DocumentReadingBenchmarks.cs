using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;

namespace Prb.Events.Benchmarks;

/// <summary>
/// The speed of reading hostile event documents of about a megabyte, side by side in one run with a sound document
/// of the same size (the baseline): the generated conference of <see cref="AgendaGenerator"/> with as many agenda
/// items as make a megabyte. The hostile documents are those of the unit tests
/// (tests/Prb.Events.Core.Tests/Serialization/Fuzzing/DocumentReaderFuzzingTests.cs), which bound what a read
/// allocates but no longer its time. Targets (see benchmarks/README.md): each in under a second, and within 10× the
/// time of the sound document measured in the same run.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 15, id: "Quick")]
public class DocumentReadingBenchmarks
{
    private const int Megabyte = 1_000_000;

    private byte[] _sound = null!;
    private byte[] _longDescription = null!;
    private byte[] _manyTags = null!;
    private byte[] _openingBrackets = null!;
    private byte[] _longNumber = null!;
    private byte[] _unknownProperties = null!;

    /// <summary>Makes the documents.</summary>
    [GlobalSetup]
    public void Setup()
    {
        // The people and the event cost the same at any size; each agenda item about the same.
        var hundred = EventDocumentSerializer.WriteUtf8(AgendaGenerator.Generate(100)).Length;
        var twoHundred = EventDocumentSerializer.WriteUtf8(AgendaGenerator.Generate(200)).Length;
        _sound = EventDocumentSerializer.WriteUtf8(AgendaGenerator.Generate(100 + (int)((Megabyte - hundred) * 100L / (twoHundred - hundred))));
        _longDescription = Replace("description", JsonValue.Create(string.Concat(Enumerable.Repeat("Zażółć gęślą jaźń 📚 \n", 40_000))));
        _manyTags = Replace("tags", new JsonArray([.. Enumerable.Range(0, 100_000).Select(i => (JsonNode)JsonValue.Create("t" + i.ToString(CultureInfo.InvariantCulture)))]));
        _openingBrackets = Encoding.UTF8.GetBytes("{\"tags\": " + new string('[', Megabyte));
        _longNumber = Encoding.UTF8.GetBytes("{\"revision\": " + new string('9', Megabyte) + "}");
        _unknownProperties = Encoding.UTF8.GetBytes("{" + string.Join(",", Enumerable.Range(0, 50_000).Select(i => $"\"p{i}\": 1")) + "}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"// sound document: {_sound.Length:N0} octets, {EventDocumentSerializer.Read(_sound).Agenda.Count} agenda items"));
    }

    /// <summary>Reads the sound document: the baseline.</summary>
    /// <returns>The event's agenda items.</returns>
    [Benchmark(Baseline = true, Description = "sound: a conference of a megabyte")]
    public int Sound() => EventDocumentSerializer.Read(_sound).Agenda.Count;

    /// <summary>Reads a document with a description of a megabyte.</summary>
    /// <returns>The length of the description.</returns>
    [Benchmark(Description = "a description of a megabyte")]
    public int LongDescription() => EventDocumentSerializer.Read(_longDescription).Description?.Length ?? 0;

    /// <summary>Reads a document with a hundred thousand tags.</summary>
    /// <returns>The number of tags.</returns>
    [Benchmark(Description = "a hundred thousand tags")]
    public int ManyTags() => EventDocumentSerializer.Read(_manyTags).Tags.Count;

    /// <summary>Reads a megabyte of opening brackets (refused at the depth limit).</summary>
    /// <returns>The length of the reason.</returns>
    [Benchmark(Description = "a megabyte of opening brackets")]
    public int OpeningBrackets() => Refused(_openingBrackets);

    /// <summary>Reads a number of a megabyte of digits (refused).</summary>
    /// <returns>The length of the reason.</returns>
    [Benchmark(Description = "a megabyte of one number")]
    public int LongNumber() => Refused(_longNumber);

    /// <summary>Reads a megabyte of unknown properties (refused at the first).</summary>
    /// <returns>The length of the reason.</returns>
    [Benchmark(Description = "a megabyte of unknown properties")]
    public int UnknownProperties() => Refused(_unknownProperties);

    private static int Refused(byte[] document)
    {
        try
        {
            EventDocumentSerializer.Read(document);
            throw new InvalidOperationException("The hostile document was read.");
        }
        catch (EventDocumentException e)
        {
            return e.Reason.Length;
        }
    }

    /// <summary>The sound document with one property replaced.</summary>
    private byte[] Replace(string property, JsonNode value)
    {
        var document = JsonNode.Parse(_sound)!.AsObject();
        document[property] = value;
        return Encoding.UTF8.GetBytes(document.ToJsonString());
    }
}
