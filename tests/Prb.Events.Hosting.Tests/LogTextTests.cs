using CsCheck;

namespace Prb.Events.Hosting.Tests;

/// <summary>Text from documents and file names made safe for one log line: every line break and other control
/// character becomes a visible escape, and everything else is left as it is.</summary>
public sealed class LogTextTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Null_or_empty_text_is_empty(string? text) => Assert.Equal(string.Empty, LogText.Escape(text));

    [Theory]
    [InlineData("Zażółć gęślą jaźń")]
    [InlineData("Spotkanie 🌾👩🏽‍💻 🇵🇱")]
    [InlineData("مكتبة ספרייה")]
    [InlineData("C:\\events\\a\\nb.json")]
    public void Text_in_any_language_without_control_characters_is_left_as_it_is(string text) =>
        Assert.Equal(text, LogText.Escape(text));

    [Fact]
    public void A_title_cannot_forge_a_second_log_line()
    {
        var hostile = "Targi\r\n2027-01-01 12:00:00 fail: Prb.Events[1] forged";

        Assert.Equal("Targi\\r\\n2027-01-01 12:00:00 fail: Prb.Events[1] forged", LogText.Escape(hostile));
    }

    [Theory]
    [InlineData("\n", "\\n")]
    [InlineData("\r", "\\r")]
    [InlineData("\t", "\\t")]
    [InlineData("\nA", "\\nA")]
    [InlineData("A\r", "A\\r")]
    public void Line_breaks_and_tabs_get_their_short_escapes(string text, string expected) =>
        Assert.Equal(expected, LogText.Escape(text));

    [Theory]
    [InlineData("\0", "\\u0000")]
    [InlineData("\u001B[31mczerwony\u001B[0m", "\\u001B[31mczerwony\\u001B[0m")]
    [InlineData("\u007F", "\\u007F")]
    [InlineData("\u0085", "\\u0085")]
    [InlineData("\u009F", "\\u009F")]
    [InlineData("a\u2028b", "a\\u2028b")]
    [InlineData("a\u2029b", "a\\u2029b")]
    [InlineData("\v\f", "\\u000B\\u000C")]
    public void Other_control_characters_and_unicode_line_separators_become_four_hex_digits(string text, string expected) =>
        Assert.Equal(expected, LogText.Escape(text));

    [Fact]
    public void Characters_around_an_escape_are_kept_byte_for_byte()
    {
        Assert.Equal("🌾\\nżółw\\u001Bעברית", LogText.Escape("🌾\nżółw\u001Bעברית"));
    }

    [Theory]
    [InlineData("\u202A", "\\u202A")]
    [InlineData("plik\u202Egpj.exe", "plik\\u202Egpj.exe")]
    [InlineData("\u2066\u2067\u2068\u2069", "\\u2066\\u2067\\u2068\\u2069")]
    [InlineData("\u2029\u202A\u202B\u202C\u202D", "\\u2029\\u202A\\u202B\\u202C\\u202D")]
    public void Bidirectional_embeddings_overrides_and_isolates_become_four_hex_digits(string text, string expected) =>
        Assert.Equal(expected, LogText.Escape(text));

    [Theory]
    [InlineData("\u200E\u200F")]
    [InlineData("\u2027\u202F")]
    [InlineData("\u2065\u206A")]
    public void Direction_marks_and_the_characters_beside_the_bidirectional_controls_are_kept(string text) =>
        Assert.Equal(text, LogText.Escape(text));

    [Fact]
    public void No_escaped_text_holds_a_control_character_a_line_separator_or_a_bidirectional_control() =>
        Gen.String.Sample(text =>
            Assert.DoesNotContain(LogText.Escape(text), IsEscaped));

    [Fact]
    public void Text_without_control_characters_line_separators_or_bidirectional_controls_comes_back_unchanged() =>
        Gen.Char.Where(c => !IsEscaped(c)).Array[0, 40].Select(chars => new string(chars))
            .Sample(text => Assert.Equal(text, LogText.Escape(text)));

    /// <summary>What the tests expect to be escaped, written independently of <see cref="LogText"/>.</summary>
    private static bool IsEscaped(char c) =>
        char.IsControl(c) || c == '\u2028' || c == '\u2029' || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
}
