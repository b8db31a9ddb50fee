using System.Text;
using System.Text.Json;
using CsCheck;

namespace Prb.Events.Tests.Serialization.Fuzzing;

/// <summary>What a mutation does to the octets of an event document.</summary>
internal enum JsonMutationKind
{
    ReplaceValue,
    DuplicateProperty,
    RemoveProperty,
    RenameProperty,
    NestValue,
    Truncate,
    FlipBits,
    InsertOctets,
    DeleteOctets,
    InvalidUtf8,
    RepeatSpan,
}

/// <summary>
/// One change to an event document. Structural ones find the document's tokens with <see cref="Utf8JsonReader"/>
/// and replace a value with one of the wrong type, a huge number, a deep nesting, an invalid zone id, time or enum
/// name, a lone surrogate escape; duplicate, remove or rename a property; or nest a value in arrays. Octet-level ones
/// cut the document short, flip bits, insert delimiters or invalid UTF-8, delete or repeat spans.
/// </summary>
internal sealed record JsonMutation(JsonMutationKind Kind, double Where, int Pick, int Count)
{
    /// <summary>JSON values of every type and every range the reader must refuse or carry.</summary>
    internal static readonly string[] HostileValues =
    [
        "null", "true", "false", "0", "-1", "1.5", "-0", "1e400", "-1e400", "1e-400", "99999999999999999999999999999", "2147483648",
        "-2147483649", "79228162514264337593543950336", "0.1e1", "\"\"", "\" \"", "\"\\u0000\"", "\"\\ud800\"", "\"\\udc00x\"",
        "\"\\ud83d\\ude00\"", "\"\\u202Eevil\"", "\"</script><script>alert(1)</script>\"", "\"Zażółć gęślą jaźń 📚\"", "[]", "{}",
        "[null]", "[1, \"a\", {}]", "{\"a\": 1}", "\"9999-12-31T23:59:59\"", "\"0001-01-01T00:00:00\"", "\"10000-01-01T00:00:00\"",
        "\"2011-11-09T10:00:00+18:00\"", "\"2011-11-09T10:00:00-18:01\"", "\"2011-11-09T25:00:00\"", "\"2011-02-30\"", "\"2011-11-09\"",
        "\"2011-11-09T10:00:00Z\"", "\"Europe/Nowhere\"", "\"../../etc/passwd\"", "\"Central European Standard Time\"", "\"UTC\"",
        "\"conference,workshop\"", "\"Conference\"", "\" conference\"", "\"coffee-break\"", "\"1\"", "\"https://\"",
        "\"javascript:alert(1)\"", "\"//evil.example/\"", "\"https://zażółć.example/ścieżka\"", "\"1.0\"", "\"2.0\"", "\"1.99\"",
        "\"-\"", "\"a b\"", "\"" + new string('x', 200) + "\"", "\"" + string.Concat(Enumerable.Repeat("ł", 5000)) + "\"",
    ];

    private static readonly string[] Insertions =
    [
        "{", "}", "[", "]", "\"", ",", ":", "\\", "\\u", "\u0000", " ", "\n", "/* comment */", "// comment\n", ",}", ",]", "NaN",
        "Infinity", "\uFEFF", "'", "\"x\":1,",
    ];

    private static readonly byte[][] InvalidSequences =
    [
        [0xFF], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0x80], [0xC4], [0xE2, 0x80], [0xEF, 0xBB, 0xBF],
    ];

    /// <summary>Gets a generator of single mutations, three in four of them structural (they keep the document JSON,
    /// so that what the reader does with values is tried as often as what it does with broken syntax).</summary>
    internal static Gen<JsonMutation> Any { get; } = Gen.Select(
        Gen.Frequency(
            (3, Gen.OneOf(Gen.Const(JsonMutationKind.ReplaceValue), Gen.Const(JsonMutationKind.DuplicateProperty), Gen.Const(JsonMutationKind.RemoveProperty),
                Gen.Const(JsonMutationKind.RenameProperty), Gen.Const(JsonMutationKind.NestValue))),
            (1, Gen.Enum<JsonMutationKind>())),
        Gen.Double[0, 1], Gen.Int[0, 1000], Gen.Int[1, 64],
        (kind, where, pick, count) => new JsonMutation(kind, where, pick, count));

    /// <summary>Applies the mutation to a copy of the octets.</summary>
    internal byte[] Apply(byte[] input)
    {
        var at = Math.Clamp((int)(Where * input.Length), 0, input.Length);
        switch (Kind)
        {
            case JsonMutationKind.Truncate:
                return input[..at];
            case JsonMutationKind.FlipBits:
            {
                var copy = input.ToArray();
                if (copy.Length > 0)
                {
                    copy[Math.Min(at, copy.Length - 1)] ^= (byte)(1 + (Pick % 255));
                }

                return copy;
            }

            case JsonMutationKind.InsertOctets:
                return [.. input[..at], .. Encoding.UTF8.GetBytes(Insertions[Pick % Insertions.Length]), .. input[at..]];
            case JsonMutationKind.DeleteOctets:
                return [.. input[..at], .. input[Math.Min(input.Length, at + Count)..]];
            case JsonMutationKind.InvalidUtf8:
                return [.. input[..at], .. InvalidSequences[Pick % InvalidSequences.Length], .. input[at..]];
            case JsonMutationKind.RepeatSpan:
            {
                var end = Math.Min(input.Length, at + 1 + (Pick % 100));
                return [.. input[..end], .. Enumerable.Repeat(input[at..end], Count).SelectMany(s => s), .. input[end..]];
            }

            default:
                return ApplyToTokens(input);
        }
    }

    private byte[] ApplyToTokens(byte[] input)
    {
        var (values, properties) = Tokens(input);
        switch (Kind)
        {
            case JsonMutationKind.ReplaceValue when values.Count > 0:
            {
                var (start, end) = values[Pick % values.Count];
                return Splice(input, start, end, Encoding.UTF8.GetBytes(HostileValues[(int)(Where * HostileValues.Length) % HostileValues.Length]));
            }

            case JsonMutationKind.NestValue when values.Count > 0:
            {
                var (start, end) = values[Pick % values.Count];
                var depth = Count % 2 == 0 ? Count : Count * 100;
                return Splice(input, start, end, [.. Enumerable.Repeat((byte)'[', depth), .. input[start..end], .. Enumerable.Repeat((byte)']', depth)]);
            }

            case JsonMutationKind.DuplicateProperty when properties.Count > 0:
            {
                var (start, end) = properties[Pick % properties.Count];
                return [.. input[..end], .. ", "u8, .. input[start..end], .. input[end..]];
            }

            case JsonMutationKind.RemoveProperty when properties.Count > 0:
            {
                var (start, end) = properties[Pick % properties.Count];
                var after = end;
                while (after < input.Length && input[after] is (byte)' ' or (byte)'\n' or (byte)'\r')
                {
                    after++;
                }

                return Splice(input, start, after < input.Length && input[after] == ',' ? after + 1 : end, []);
            }

            case JsonMutationKind.RenameProperty when properties.Count > 0:
            {
                var (start, _) = properties[Pick % properties.Count];
                var close = Array.IndexOf(input, (byte)'"', start + 1);
                var name = Encoding.UTF8.GetString(input, start + 1, close - start - 1);
                var renamed = (Pick % 4) switch
                {
                    0 => name.ToUpperInvariant(),
                    1 => name + "_",
                    2 => "$" + name,
                    _ => name.Length > 1 ? char.ToUpperInvariant(name[0]) + name[1..] : "x",
                };
                return Splice(input, start + 1, close, Encoding.UTF8.GetBytes(renamed));
            }

            default:
                return input;
        }
    }

    private static byte[] Splice(byte[] input, int start, int end, byte[] replacement) => [.. input[..start], .. replacement, .. input[end..]];

    /// <summary>Finds the octet ranges of every value (containers included) and of every property with its value.</summary>
    private static (List<(int Start, int End)> Values, List<(int Start, int End)> Properties) Tokens(byte[] input)
    {
        var values = new List<(int, int)>();
        var properties = new List<(int, int)>();
        var open = new Stack<(int Start, int Property)>();
        var reader = new Utf8JsonReader(input, new JsonReaderOptions { MaxDepth = 1000 });
        var pendingProperty = -1;
        try
        {
            while (reader.Read())
            {
                var start = (int)reader.TokenStartIndex;
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        pendingProperty = start;
                        break;
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        open.Push((start, pendingProperty));
                        pendingProperty = -1;
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        var (containerStart, property) = open.Pop();
                        values.Add((containerStart, (int)reader.BytesConsumed));
                        if (property >= 0)
                        {
                            properties.Add((property, (int)reader.BytesConsumed));
                        }

                        break;
                    default:
                        values.Add((start, (int)reader.BytesConsumed));
                        if (pendingProperty >= 0)
                        {
                            properties.Add((pendingProperty, (int)reader.BytesConsumed));
                            pendingProperty = -1;
                        }

                        break;
                }
            }
        }
        catch (JsonException)
        {
            // An earlier mutation broke the document: use the tokens found before the break.
        }

        return (values, properties);
    }
}
