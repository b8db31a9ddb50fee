using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;
using Prb.Events.Tests.TestSupport;
using Xunit.Abstractions;

namespace Prb.Events.Tests.Serialization.Fuzzing;

/// <summary>
/// Hostile input for <see cref="EventDocumentSerializer"/>: whatever the text, bytes or stream, reading ends in an event
/// or in <see cref="EventDocumentException"/> — never in another exception — and the three ways of reading agree.
/// </summary>
public sealed class DocumentReaderFuzzingTests(ITestOutputHelper output)
{
    /// <summary>Octets a read may allocate per octet of the document (the megabyte documents allocate at most 9 a
    /// document octet).</summary>
    private const long AllocationPerOctet = 50;

    /// <summary>Octets any read may allocate besides (the reads of the seed document allocate about 150 KB, a short
    /// document in error about 10 KB).</summary>
    private const long AllocationBesides = 1_000_000;

    private static readonly Lazy<byte[]> Seed = new(() => File.ReadAllBytes(RepositoryFiles.SeedDocumentPath));

    /// <summary>The seed and a document in error, each read in the three ways: what the first reads of a process
    /// load (the serializer's metadata, the messages of exceptions) is then not counted in the allocations of one sample.</summary>
    private static readonly Lazy<bool> Warm = new(() =>
    {
        foreach (var octets in new[] { Seed.Value, Encoding.UTF8.GetBytes(MergeIntoSeed("""{"title": 5}""")) })
        {
            foreach (var read in new Func<Event>[]
            {
                () => EventDocumentSerializer.Read(octets),
                () => EventDocumentSerializer.ReadAsync(new MemoryStream(octets)).GetAwaiter().GetResult(),
                () => EventDocumentSerializer.Read(Encoding.UTF8.GetString(octets)),
            })
            {
                try
                {
                    read();
                }
                catch (EventDocumentException)
                {
                    // The second document is in error on purpose.
                }
            }
        }

        return true;
    });

    /// <summary>The seed document most of the time, else a random event (text in many scripts, every part of the model).</summary>
    private static Gen<byte[]> Documents => Gen.Frequency(
        (3, Gen.Const(0).Select(_ => Seed.Value)),
        (1, EventGenerators.Events.Select(EventDocumentSerializer.WriteUtf8)));

    public static TheoryData<string, string> HostileDocuments => new()
    {
        { "wrong type: a number for the title", """{"title": 5}""" },
        { "wrong type: an object for the days", """{"days": {}}""" },
        { "wrong type: a string for the revision", """{"revision": "1"}""" },
        { "wrong type: an array for the venue", """{"venue": []}""" },
        { "wrong type: true for a time", """{"days": [{"start": true, "end": "2011-11-09T12:00:00"}]}""" },
        { "huge number: revision", """{"revision": 1e400}""" },
        { "huge number: capacity", """{"registration": {"capacity": 99999999999999999999999999999}}""" },
        { "huge number: latitude", """{"venue": {"name": "x", "geo": {"latitude": 1e400, "longitude": 0}}}""" },
        { "huge number: fee amount", """{"registration": {"fees": [{"name": "x", "amount": 1e400, "currency": "PLN"}]}}""" },
        { "negative zero and fractions for an integer", """{"revision": 1.5}""" },
        { "deep nesting: arrays", "{\"tags\": " + new string('[', 100_000) + "}" },
        { "deep nesting: objects", "{\"venue\": " + string.Concat(Enumerable.Repeat("{\"name\": ", 10_000)) + "}" },
        { "duplicate key: title", """{"title": "a", "title": "b"}""" },
        { "duplicate key: differently escaped", """{"title": "a", "t\u0069tle": "b"}""" },
        { "duplicate key: in an agenda item", """{"agenda": [{"id": "a", "id": "b"}]}""" },
        { "invalid enum: a list of kinds", """{"kind": "conference,workshop"}""" },
        { "invalid enum: another casing", """{"kind": "Conference"}""" },
        { "invalid enum: spaces", """{"kind": " conference"}""" },
        { "invalid enum: a number", """{"kind": 3}""" },
        { "invalid enum: a number as text", """{"kind": "3"}""" },
        { "invalid time: 25 o'clock", """{"days": [{"start": "2011-11-09T25:00:00", "end": "2011-11-09T12:00:00"}]}""" },
        { "invalid time: offset beyond 18 hours", """{"days": [{"start": "2011-11-09T10:00:00+18:01", "end": "2011-11-09T12:00:00"}]}""" },
        { "invalid time: year 10000", """{"days": [{"start": "10000-01-01T00:00:00", "end": "2011-11-09T12:00:00"}]}""" },
        { "invalid date", """{"listing": {"dateAdded": "2011-02-30", "featured": false}}""" },
        { "invalid instant", """{"lastModified": "2011-11-09T10:00:00"}""" },
        { "lone surrogate escape", """{"title": "a\ud800b"}""" },
        { "lone low surrogate escape in a name", """{"ti\udc00tle": "a"}""" },
        { "null in a list of strings", """{"tags": [null]}""" },
        { "null in a list of objects", """{"agenda": [null]}""" },
        { "null for a required value", """{"days": [{"start": null, "end": null}]}""" },
        { "relative URL", """{"url": "/wydarzenia/prb"}""" },
        { "unknown property", """{"evil": true}""" },
        { "comments", """{/* a comment */ "title": "a"}""" },
        { "trailing comma", """{"title": "a",}""" },
        { "unsupported format version", """{"formatVersion": "2.0"}""" },
        { "empty", "" },
        { "only whitespace", " \n\t " },
        { "a string", "\"event\"" },
        { "two documents", "{} {}" },
    };

    [Theory]
    [MemberData(nameof(HostileDocuments))]
    public async Task A_hostile_document_ends_in_an_event_document_exception(string what, string fragment)
    {
        // Each fragment's properties replace those of the seed document, so that everything else about it is sound.
        var json = MergeIntoSeed(fragment);

        var e = Assert.Throws<EventDocumentException>(() => EventDocumentSerializer.Read(json));
        Assert.Throws<EventDocumentException>(() => EventDocumentSerializer.Read(Encoding.UTF8.GetBytes(json)));
        await Assert.ThrowsAsync<EventDocumentException>(() => EventDocumentSerializer.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(json))));
        Assert.StartsWith("$", e.Path, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(e.Reason), what);
    }

    [Theory]
    [InlineData("Europe/Nowhere")]
    [InlineData("../../etc/passwd")]
    [InlineData("Central European Standard Time")]
    [InlineData("europe/warsaw")]
    [InlineData("Europe/Warsaw\u202E")]
    public void An_unknown_zone_id_is_read_and_left_to_validation(string zone)
    {
        var e = EventDocumentSerializer.Read(MergeIntoSeed($$"""{"timeZone": {{JsonSerializer.Serialize(zone)}}}"""));

        Assert.Equal(zone, e.TimeZoneId);
        Assert.Contains(EventValidator.Default.Validate(e).Errors, d => d.Code == DiagnosticCodes.UnknownTimeZone);
    }

    [Theory]
    [InlineData(0xD800)]
    [InlineData(0xDBFF)]
    [InlineData(0xDC00)]
    [InlineData(0xDFFF)]
    public async Task Text_with_a_lone_surrogate_is_refused_in_every_way_of_reading(int codeUnit)
    {
        // (Test data carries the code unit as a number: xunit would turn a lone surrogate in a string into U+FFFD.)
        var lone = "a" + (char)codeUnit + "b";
        var json = MergeIntoSeed("{\"title\": \"" + lone + "\"}");

        var e = Assert.Throws<EventDocumentException>(() => EventDocumentSerializer.Read(json));
        Assert.Equal("$", e.Path);

        // As octets (the surrogate encoded as if it were a character, which UTF-8 forbids) and as a stream.
        var octets = Encoding.UTF8.GetBytes(json.Replace(lone, "a\uFFFFb", StringComparison.Ordinal));
        var at = octets.AsSpan().IndexOf("\uFFFF"u8);
        octets[at] = 0xED;
        octets[at + 1] = (byte)(0x80 | ((codeUnit >> 6) & 0x3F));
        octets[at + 2] = (byte)(0x80 | (codeUnit & 0x3F));
        Assert.Throws<EventDocumentException>(() => EventDocumentSerializer.Read(octets));
        await Assert.ThrowsAsync<EventDocumentException>(() => EventDocumentSerializer.ReadAsync(new MemoryStream(octets)));
    }

    [Fact]
    public void Mutated_documents_end_in_an_event_or_the_document_exception()
    {
        var stats = new ReadStats();
        Gen.Select(Documents, JsonMutation.Any.Array[1, 4], (document, mutations) => (document, mutations))
            .Sample(
                t => ReadAndCheck(t.mutations.Aggregate(t.document, (octets, m) => m.Apply(octets)), stats),
                iter: Iterations(2000),
                print: t => $"{t.document.Length} octets with {string.Join(", ", t.mutations.AsEnumerable())}");

        output.WriteLine(stats.ToString());
        Assert.True(stats.Events > 0 && stats.Exceptions > 0, stats.ToString());
    }

    [Fact]
    public void Raw_lone_surrogates_anywhere_in_the_text_end_in_the_document_exception()
    {
        var seed = Encoding.UTF8.GetString(Seed.Value);
        Gen.Select(Gen.Int[0, seed.Length], Gen.Char['\uD800', '\uDFFF'], (at, surrogate) => (at, surrogate))
            .Sample(t => Assert.Throws<EventDocumentException>(() => EventDocumentSerializer.Read(seed.Insert(t.at, t.surrogate.ToString()))), iter: 300);
    }

    /// <summary>Large hostile documents of about <paramref name="scale"/> megabytes: a long text, a long list, deep
    /// nesting, a long number, many unknown properties.</summary>
    private static IEnumerable<(string Name, string Json)> LargeDocuments(double scale)
    {
        int Times(int count) => (int)(count * scale);
        yield return ("a description of a megabyte", MergeIntoSeed("{\"description\": \"" + string.Concat(Enumerable.Repeat("Zażółć gęślą jaźń 📚 \\n", Times(40_000))) + "\"}"));
        yield return ("a hundred thousand tags", MergeIntoSeed("{\"tags\": [" + string.Join(",", Enumerable.Range(0, Times(100_000)).Select(i => $"\"t{i}\"")) + "]}"));
        yield return ("a megabyte of opening brackets", "{\"tags\": " + new string('[', Times(1_000_000)));
        yield return ("a megabyte of one number", "{\"revision\": " + new string('9', Times(1_000_000)) + "}");
        yield return ("a megabyte of unknown properties", "{" + string.Join(",", Enumerable.Range(0, Times(50_000)).Select(i => $"\"p{i}\": 1")) + "}");
    }

    [Fact]
    public void A_megabyte_document_is_read_with_allocations_linear_in_its_size()
    {
        // Allocated octets, not seconds: they are the same on a busy machine. At most 50 per octet of the document,
        // and from a quarter of the document to the whole growing no faster than the document (within half as much
        // again; quadratic work would grow sixteen times). The speed is measured by benchmarks/Prb.Events.Benchmarks.
        foreach (var ((name, json), (_, quarterJson)) in LargeDocuments(1).Zip(LargeDocuments(0.25)))
        {
            var octets = Encoding.UTF8.GetBytes(json);
            var quarter = Encoding.UTF8.GetBytes(quarterJson);
            var (atQuarter, _, _) = MeasureRead(quarter);
            var (allocated, elapsed, outcome) = MeasureRead(octets);

            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name}: {octets.Length} octets, allocated {allocated / 1e6:0.0} MB ({(double)allocated / octets.Length:0.0}x; a quarter of it {atQuarter / 1e6:0.00} MB); {elapsed.TotalMilliseconds:0} ms (not asserted); {outcome}"));
            Assert.True(allocated <= AllocationPerOctet * octets.Length, name);
            var allowed = 1.5 * octets.Length / quarter.Length * Math.Max(atQuarter, 100_000);
            Assert.True(allocated <= allowed, string.Create(CultureInfo.InvariantCulture,
                $"{name}: {atQuarter} octets allocated for {quarter.Length} octets, {allocated} for {octets.Length}; at most {allowed:0} for linear growth"));
        }
    }

    /// <summary>Reads a document twice; returns what the second read allocated, how long it took, and how it ended.
    /// The first read loads what the first read of a process loads, and rents the buffers this size needs from the
    /// shared array pool (a buffer another test has just given back would otherwise make a read look cheaper).</summary>
    private static (long Allocated, TimeSpan Elapsed, string Outcome) MeasureRead(byte[] octets)
    {
        (long, TimeSpan, string) Once()
        {
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var watch = Stopwatch.StartNew();
            var outcome = "an event";
            try
            {
                EventDocumentSerializer.Read(octets);
            }
            catch (EventDocumentException e)
            {
                outcome = "EventDocumentException at " + e.Path;
            }

            watch.Stop();
            return (GC.GetAllocatedBytesForCurrentThread() - allocated, watch.Elapsed, outcome);
        }

        Once();
        return Once();
    }

    /// <summary>The iterations of a fuzzing test: the given number, or PRB_FUZZ_ITERATIONS from the environment for a longer hunt.</summary>
    private static long Iterations(long usual) =>
        long.TryParse(Environment.GetEnvironmentVariable("PRB_FUZZ_ITERATIONS"), out var hunt) && hunt > 0 ? hunt : usual;

    /// <summary>Reads octets as bytes, as a stream and, decoded, as text; checks that each ends in an event or the
    /// document exception, that they agree, and that an event read writes back to a document that reads the same.</summary>
    private static void ReadAndCheck(byte[] octets, ReadStats stats)
    {
        Assert.True(Warm.Value);
        var fromBytes = Read(() => EventDocumentSerializer.Read(octets), octets.Length, stats);
        var fromStream = Read(() => EventDocumentSerializer.ReadAsync(new MemoryStream(octets)).GetAwaiter().GetResult(), octets.Length, stats);
        Assert.Equal(fromBytes, fromStream);
        var text = Encoding.UTF8.GetString(octets);
        var fromText = Read(() => EventDocumentSerializer.Read(text), octets.Length, stats);
        if (Utf8Octets.IsUtf8WithoutBom(octets))
        {
            Assert.Equal(fromBytes, fromText);
        }
    }

    /// <summary>Reads; returns the document written back from the event, or the path of the exception.</summary>
    private static string Read(Func<Event> read, int length, ReadStats stats)
    {
        var watch = Stopwatch.StartNew();
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        Event? e = null;
        EventDocumentException? failure = null;
        try
        {
            e = read();
        }
        catch (EventDocumentException exception)
        {
            failure = exception;
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        stats.Add(isEvent: e is not null, watch.Elapsed, length, allocated);

        // Allocated octets, not seconds: the sampling threads read beside other tests, and a busy machine makes any
        // read slow (the slowest is in the output, for information). A document read is linear in its size.
        Assert.True(allocated <= (AllocationPerOctet * length) + AllocationBesides, $"{allocated} octets allocated reading {length} octets");
        if (e is null)
        {
            Assert.False(string.IsNullOrWhiteSpace(failure!.Reason));
            return "EventDocumentException at " + failure.Path;
        }

        var written = EventDocumentSerializer.WriteUtf8(e);
        Assert.Equal(written, EventDocumentSerializer.WriteUtf8(EventDocumentSerializer.Read(written)));
        return Encoding.UTF8.GetString(written);
    }

    /// <summary>Puts the properties of a fragment (an object, perhaps broken on purpose) in place of the seed's
    /// properties of the same names, so that the document is sound but for what the fragment breaks.</summary>
    private static string MergeIntoSeed(string fragment)
    {
        var trimmed = fragment.Trim();
        if (!trimmed.StartsWith('{') || !trimmed.EndsWith('}'))
        {
            return fragment;
        }

        var seed = JsonNode.Parse(Seed.Value)!.AsObject();
        foreach (var name in TopLevelNames(trimmed))
        {
            seed.Remove(name);
        }

        var rest = seed.ToJsonString();
        var body = trimmed[1..^1].Trim();
        return rest == "{}" ? "{" + body + "}" : "{" + body + "," + rest[1..];
    }

    /// <summary>The names of the fragment's own properties, read leniently (comments, trailing commas, any depth) up to where it breaks.</summary>
    private static HashSet<string> TopLevelNames(string fragment)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(fragment),
            new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 1_000_000 });
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1)
                {
                    names.Add(Encoding.UTF8.GetString(reader.ValueSpan));
                }
            }
        }
        catch (JsonException)
        {
            // Broken on purpose past this point.
        }

        return names;
    }

    private sealed class ReadStats
    {
        private long _events;
        private long _exceptions;
        private long _maxTicks;
        private long _maxAllocated;
        private long _largest;

        public long Events => Interlocked.Read(ref _events);

        public long Exceptions => Interlocked.Read(ref _exceptions);

        public void Add(bool isEvent, TimeSpan elapsed, int length, long allocated)
        {
            Interlocked.Increment(ref isEvent ? ref _events : ref _exceptions);
            Max(ref _maxTicks, elapsed.Ticks);
            Max(ref _maxAllocated, allocated);
            Max(ref _largest, length);
        }

        private static void Max(ref long field, long value)
        {
            long seen;
            while (value > (seen = Interlocked.Read(ref field)) && Interlocked.CompareExchange(ref field, value, seen) != seen)
            {
            }
        }

        public override string ToString() => string.Create(CultureInfo.InvariantCulture,
            $"{_events + _exceptions} reads: {_events} events, {_exceptions} EventDocumentExceptions; slowest {TimeSpan.FromTicks(_maxTicks).TotalMilliseconds:0.0} ms (not asserted); most allocated {_maxAllocated / 1e3:0} KB, largest document {_largest} octets");
    }
}
