using System.Buffers;
using System.Text;
using System.Text.Json;
using Prb.Events.Export;

namespace Prb.Events.Tests.Export;

/// <summary>The one JSON encoder of the document format and the JSON export formats, byte for byte: only what JSON
/// requires is escaped, every other character is written as its own UTF-8 bytes.</summary>
public sealed class MinimalJsonEncoderTests
{
    /// <summary>The UTF-8 bytes <see cref="Utf8JsonWriter"/> writes for one string value with the encoder, quotes included.</summary>
    private static byte[] Written(string value)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = MinimalJsonEncoder.Instance }))
        {
            writer.WriteStringValue(value);
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static string WrittenText(string value) => Encoding.UTF8.GetString(Written(value));

    [Theory]
    [InlineData("\"", "\\\"")]
    [InlineData("\\", "\\\\")]
    [InlineData("\n", "\\n")]
    [InlineData("\r", "\\r")]
    [InlineData("\t", "\\t")]
    [InlineData("\b", "\\b")]
    [InlineData("\f", "\\f")]
    public void A_character_with_a_short_escape_is_written_as_that_escape(string value, string escape)
    {
        Assert.Equal("\"" + escape + "\"", WrittenText(value));
    }

    [Theory]
    [InlineData('\u0000', "\\u0000")]
    [InlineData('\u0001', "\\u0001")]
    [InlineData('\u000B', "\\u000B")]
    [InlineData('\u001B', "\\u001B")]
    [InlineData('\u001F', "\\u001F")]
    public void Another_control_character_is_written_as_a_u_escape_of_four_upper_case_hex_digits(char control, string escape)
    {
        Assert.Equal("\"" + escape + "\"", WrittenText(control.ToString()));
    }

    [Fact]
    public void Every_control_character_in_a_longer_text_is_escaped_in_its_place()
    {
        Assert.Equal("\"a\\u0001b\\u001Fc\\td\"", WrittenText("a\u0001b\u001Fc\td"));
    }

    [Fact]
    public void Space_after_an_escaped_character_stays_a_space()
    {
        Assert.Equal("\"Say \\\"hi\\\" to all of us\"", WrittenText("Say \"hi\" to all of us"));
    }

    [Theory]
    [InlineData(" ")]
    [InlineData("/")]
    [InlineData("<script>&'+`</script>")]
    [InlineData("\u007F\u0080\u0085\u00A0")]
    public void Printable_ascii_html_characters_delete_and_c1_controls_are_written_as_themselves(string value)
    {
        Assert.Equal("\"" + value + "\"", WrittenText(value));
    }

    [Fact]
    public void Polish_emoji_and_right_to_left_text_is_written_as_its_own_utf8_bytes()
    {
        const string text = "Zażółć gęślą jaźń – ŁÓDŹ 📚👩🏽‍💻 \u200Fספרייה مكتبة";

        var expected = Encoding.UTF8.GetBytes("\"" + text + "\"");

        Assert.Equal(expected, Written(text));
    }

    [Fact]
    public void Emoji_after_an_escaped_character_is_written_as_its_own_four_bytes()
    {
        Assert.Equal([0x22, 0x5C, 0x22, 0xF0, 0x9F, 0x93, 0x9A, 0x22], Written("\"📚"));
    }

    [Fact]
    public void Line_and_paragraph_separators_are_written_raw_because_json_allows_them()
    {
        Assert.Equal([0x22, 0x61, 0xE2, 0x80, 0xA8, 0x62, 0xE2, 0x80, 0xA9, 0x22], Written("a\u2028b\u2029"));
    }

    // Lone surrogates are built in code: a compiler writes a string of an attribute as UTF-8, where one cannot stand.
    [Theory]
    [InlineData("", 0xD83D, "", "\uFFFD")]
    [InlineData("", 0xDE00, "", "\uFFFD")]
    [InlineData("a", 0xD83D, "", "a\uFFFD")]
    [InlineData("", 0xD83D, "a", "\uFFFDa")]
    [InlineData("", 0xDE00, "\uD83D\uDE00", "\uFFFD😀")]
    [InlineData("x", 0xD83D, "\"", "x\uFFFD\\\"")]
    public void A_lone_surrogate_is_written_as_the_replacement_character(string before, int surrogate, string after, string expected)
    {
        var value = before + (char)surrogate + after;

        Assert.Equal(Encoding.UTF8.GetBytes("\"" + expected + "\""), Written(value));
    }

    [Fact]
    public void Two_lone_surrogates_in_reverse_order_are_two_replacement_characters()
    {
        Assert.Equal(Encoding.UTF8.GetBytes("\"\uFFFD\uFFFD\""), Written(new string(['\uDE00', '\uD83D'])));
    }

    [Fact]
    public void A_quotation_mark_after_plain_characters_is_escaped()
    {
        Assert.Equal("\"ab\\\"\"", WrittenText("ab\""));
    }

    [Fact]
    public void Text_that_needs_no_escape_is_handed_back_as_the_same_string()
    {
        const string text = "Zażółć 📚";

        Assert.Same(text, MinimalJsonEncoder.Instance.Encode(text));
        Assert.Same(string.Empty, MinimalJsonEncoder.Instance.Encode(string.Empty));
    }

    [Theory]
    [InlineData("a\"b", -1, 1)]
    [InlineData("📚\\", -1, 2)]
    [InlineData("ab", 0xD83D, 2)]
    [InlineData("", 0xDE00, 0)]
    [InlineData("📚", 0xDE00, 2)]
    [InlineData("x\u001F", -1, 1)]
    [InlineData("Zażółć 📚 \u2028", -1, -1)]
    [InlineData("", -1, -1)]
    public unsafe void The_first_character_to_encode_is_the_first_that_json_or_utf16_requires(string text, int loneSurrogate, int expected)
    {
        if (loneSurrogate >= 0)
        {
            text += (char)loneSurrogate;
        }

        fixed (char* p = text)
        {
            Assert.Equal(expected, MinimalJsonEncoder.Instance.FindFirstCharacterToEncode(p, text.Length));
        }
    }

    [Fact]
    public unsafe void A_null_text_or_buffer_is_refused_by_name()
    {
        Assert.Equal("text", Assert.Throws<ArgumentNullException>(() => MinimalJsonEncoder.Instance.FindFirstCharacterToEncode(null, 0)).ParamName);
        Assert.Equal("buffer", Assert.Throws<ArgumentNullException>(() => MinimalJsonEncoder.Instance.TryEncodeUnicodeScalar('a', null, 0, out _)).ParamName);
    }

    [Fact]
    public void A_destination_too_small_for_an_escape_is_reported_and_left_unwritten()
    {
        Span<char> destination = stackalloc char[5];

        var status = MinimalJsonEncoder.Instance.Encode("\u0001", destination, out var consumed, out var written);

        Assert.Equal(System.Buffers.OperationStatus.DestinationTooSmall, status);
        Assert.Equal(0, consumed);
        Assert.Equal(0, written);
    }

    [Fact]
    public void A_destination_exactly_the_size_of_the_escape_takes_it()
    {
        Span<char> destination = stackalloc char[6];

        var status = MinimalJsonEncoder.Instance.Encode("\u0001", destination, out var consumed, out var written);

        Assert.Equal(System.Buffers.OperationStatus.Done, status);
        Assert.Equal(1, consumed);
        Assert.Equal("\\u0001", destination[..written].ToString());
    }

    [Theory]
    [InlineData(0x1F, true)]
    [InlineData(0x20, false)]
    [InlineData('"', true)]
    [InlineData('\\', true)]
    [InlineData('/', false)]
    [InlineData(0x7F, false)]
    [InlineData(0x2028, false)]
    [InlineData(0x1F4DA, false)]
    public void Only_control_characters_quotation_mark_and_reverse_solidus_will_be_encoded(int scalar, bool expected)
    {
        Assert.Equal(expected, MinimalJsonEncoder.Instance.WillEncode(scalar));
    }

    [Fact]
    public void An_escape_is_at_most_six_characters()
    {
        Assert.Equal(6, MinimalJsonEncoder.Instance.MaxOutputCharactersPerInputCharacter);
    }

    [Fact]
    public void Utf8_input_is_escaped_the_same_way()
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = MinimalJsonEncoder.Instance }))
        {
            writer.WriteStringValue("Łódź \"1\"\t📚\u0001"u8);
        }

        Assert.Equal("\"Łódź \\\"1\\\"\\t📚\\u0001\""u8.ToArray(), buffer.WrittenSpan.ToArray());
    }
}
