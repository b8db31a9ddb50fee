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
    private static readonly Lazy<byte[]> Seed = new(() => File.ReadAllBytes(RepositoryFiles.SeedDocumentPath));

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

    [Fact]
    public void A_megabyte_document_is_read_in_well_under_a_second()
    {
        var cases = new (string Name, string Json)[]
        {
            ("a description of a megabyte", MergeIntoSeed("{\"description\": \"" + string.Concat(Enumerable.Repeat("Zażółć gęślą jaźń 📚 \\n", 40_000)) + "\"}")),
            ("a hundred thousand tags", MergeIntoSeed("{\"tags\": [" + string.Join(",", Enumerable.Range(0, 100_000).Select(i => $"\"t{i}\"")) + "]}")),
            ("a megabyte of opening brackets", "{\"tags\": " + new string('[', 1_000_000)),
            ("a megabyte of one number", "{\"revision\": " + new string('9', 1_000_000) + "}"),
            ("a megabyte of unknown properties", "{" + string.Join(",", Enumerable.Range(0, 50_000).Select(i => $"\"p{i}\": 1")) + "}"),
        };

        foreach (var (name, json) in cases)
        {
            var octets = Encoding.UTF8.GetBytes(json);
            EventDocumentSerializer.Read(Seed.Value);
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
            allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name}: {octets.Length} octets, {watch.Elapsed.TotalMilliseconds:0} ms, allocated {allocated / 1e6:0.0} MB ({(double)allocated / octets.Length:0.0}x); {outcome}"));
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1), name);
            Assert.True(allocated < 50L * octets.Length, name);
        }
    }

    /// <summary>The iterations of a fuzzing test: the given number, or PRB_FUZZ_ITERATIONS from the environment for a longer hunt.</summary>
    private static long Iterations(long usual) =>
        long.TryParse(Environment.GetEnvironmentVariable("PRB_FUZZ_ITERATIONS"), out var hunt) && hunt > 0 ? hunt : usual;

    /// <summary>Reads octets as bytes, as a stream and, decoded, as text; checks that each ends in an event or the
    /// document exception, that they agree, and that an event read writes back to a document that reads the same.</summary>
    private static void ReadAndCheck(byte[] octets, ReadStats stats)
    {
        var fromBytes = Read(() => EventDocumentSerializer.Read(octets), stats);
        var fromStream = Read(() => EventDocumentSerializer.ReadAsync(new MemoryStream(octets)).GetAwaiter().GetResult(), stats);
        Assert.Equal(fromBytes, fromStream);
        var fromText = Read(() => EventDocumentSerializer.Read(Encoding.UTF8.GetString(octets)), stats);
        if (Utf8Octets.IsUtf8WithoutBom(octets))
        {
            Assert.Equal(fromBytes, fromText);
        }
    }

    /// <summary>Reads; returns the document written back from the event, or the path of the exception.</summary>
    private static string Read(Func<Event> read, ReadStats stats)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            var e = read();
            var written = EventDocumentSerializer.WriteUtf8(e);
            Assert.Equal(written, EventDocumentSerializer.WriteUtf8(EventDocumentSerializer.Read(written)));
            stats.Add(isEvent: true, watch.Elapsed);
            return Encoding.UTF8.GetString(written);
        }
        catch (EventDocumentException e)
        {
            Assert.False(string.IsNullOrWhiteSpace(e.Reason));
            stats.Add(isEvent: false, watch.Elapsed);
            return "EventDocumentException at " + e.Path;
        }
        finally
        {
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1), $"{watch.ElapsedMilliseconds} ms");
        }
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

        public long Events => Interlocked.Read(ref _events);

        public long Exceptions => Interlocked.Read(ref _exceptions);

        public void Add(bool isEvent, TimeSpan elapsed)
        {
            Interlocked.Increment(ref isEvent ? ref _events : ref _exceptions);
            long seen;
            while (elapsed.Ticks > (seen = Interlocked.Read(ref _maxTicks)) && Interlocked.CompareExchange(ref _maxTicks, elapsed.Ticks, seen) != seen)
            {
            }
        }

        public override string ToString() => string.Create(CultureInfo.InvariantCulture,
            $"{_events + _exceptions} reads: {_events} events, {_exceptions} EventDocumentExceptions; slowest {TimeSpan.FromTicks(_maxTicks).TotalMilliseconds:0.0} ms");
    }
}
