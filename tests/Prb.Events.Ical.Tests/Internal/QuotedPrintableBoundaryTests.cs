using System.Text;
using Prb.Events.Ical.Internal;

namespace Prb.Events.Ical.Tests.Internal;

/// <summary>
/// Quoted-printable values (vCalendar 1.0, RFC 2045 section 6.7) at their edges, one behaviour each (found by mutation
/// testing, see docs/mutation-testing.md).
/// </summary>
public class QuotedPrintableBoundaryTests
{
    private static string? Decode(string value, Encoding charset) =>
        QuotedPrintable.TryDecode(value, charset, out var text) ? text : null;

    [Theory]
    [InlineData("=30=39", "09")]
    [InlineData("=3A=3a", "::")]
    [InlineData("=41=46=61=66", "AFaf")]
    [InlineData("=4A", "J")]
    [InlineData("plain text", "plain text")]
    [InlineData("", "")]
    public void Escapes_are_two_hex_digits_in_either_case(string value, string expected)
    {
        Assert.Equal(expected, Decode(value, Encoding.ASCII));
    }

    [Fact]
    public void Escaped_utf8_octets_decode_to_the_characters()
    {
        Assert.Equal("Zażółć 😀", Decode("Za=C5=BC=C3=B3=C5=82=C4=87 =F0=9F=98=80", Encoding.UTF8));
    }

    [Fact]
    public void Escaped_latin1_octets_decode_in_latin1()
    {
        Assert.Equal("café", Decode("caf=E9", Encoding.Latin1));
    }

    [Fact]
    public void An_equals_sign_at_the_end_is_a_soft_break_and_not_text()
    {
        Assert.Equal("abc", Decode("abc=", Encoding.ASCII));
        Assert.Equal(string.Empty, Decode("=", Encoding.ASCII));
    }

    [Theory]
    [InlineData("=4")]
    [InlineData("a=4")]
    [InlineData("=G1")]
    [InlineData("=1G")]
    [InlineData("= 1")]
    [InlineData("=\u0661\u0662")]
    public void Escape_that_is_not_two_hex_digits_is_refused_with_no_text(string value)
    {
        Assert.False(QuotedPrintable.TryDecode(value, Encoding.UTF8, out var text));
        Assert.Equal(string.Empty, text);
    }

    [Fact]
    public void Octets_that_are_not_text_in_the_character_set_are_refused()
    {
        Assert.Null(Decode("=C3", Encoding.UTF8));
        Assert.Null(Decode("=E9", Encoding.ASCII));
    }

    [Fact]
    public void Characters_left_unencoded_are_kept_with_escapes_around_them()
    {
        Assert.Equal("Łódź é", Decode("Łódź =C3=A9", Encoding.UTF8));
    }

    [Fact]
    public void Unencoded_character_outside_the_basic_plane_is_kept_whole()
    {
        Assert.Equal("a😀b🇵🇱", Decode("a😀b🇵🇱", Encoding.UTF8));
    }

    [Fact]
    public void Unencoded_lone_high_surrogate_at_the_end_becomes_the_replacement_character()
    {
        // An import never holds one (its input is strict UTF-8); a caller that passes one gets U+FFFD, as everywhere.
        Assert.Equal("a\uFFFD", Decode("a\uD83D", Encoding.UTF8));
    }

    [Fact]
    public void Unencoded_characters_are_refused_in_a_character_set_that_cannot_hold_them()
    {
        Assert.Null(Decode("é", Encoding.ASCII));
    }
}
