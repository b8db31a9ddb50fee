using System.Globalization;
using System.Text;
using NodaTime;
using Prb.Events.Ical.Internal;

namespace Prb.Events.Ical.Tests.Internal;

/// <summary>
/// Boundaries of the content-line writer, one behaviour each: the edges where a comparison that is off by one, or a
/// branch taken the wrong way, would write a line that a calendar misreads (found by mutation testing, see
/// docs/mutation-testing.md).
/// </summary>
public class ContentLineWriterBoundaryTests
{
    private static byte[] Octets(Action<ContentLineWriter> write)
    {
        using var buffer = new PooledByteBuffer();
        write(new ContentLineWriter(buffer));
        return buffer.ToArray();
    }

    private static string Write(Action<ContentLineWriter> write) => Encoding.UTF8.GetString(Octets(write));

    private static string Parameter(string value) => Write(w =>
    {
        w.Begin("X");
        w.Parameter("CN", value);
        w.ValueStart();
        w.Ascii("v");
        w.End();
    });

    private static string Text(string value) => Write(w => w.Text(value));

    // Parameter values

    [Theory]
    [InlineData(";x")]
    [InlineData(":x")]
    [InlineData(",x")]
    public void Parameter_value_starting_with_a_separator_is_quoted(string value)
    {
        Assert.Equal($"X;CN=\"{value}\":v\r\n", Parameter(value));
    }

    [Theory]
    [InlineData("x;")]
    [InlineData("x:")]
    [InlineData("x,")]
    public void Parameter_value_ending_with_a_separator_is_quoted(string value)
    {
        Assert.Equal($"X;CN=\"{value}\":v\r\n", Parameter(value));
    }

    [Fact]
    public void Parameter_value_escapes_a_caret_and_a_quote_but_not_a_backslash()
    {
        Assert.Equal("X;CN=a\\b^^^':v\r\n", Parameter("a\\b^\""));
    }

    [Fact]
    public void Parameter_value_line_break_is_caret_n()
    {
        Assert.Equal("X;CN=a^nb:v\r\n", Parameter("a\nb"));
    }

    // UTC offsets

    [Fact]
    public void Utc_offset_of_zero_is_written_plus_0000()
    {
        Assert.Equal("+0000", Write(w => w.UtcOffset(Offset.Zero)));
    }

    [Fact]
    public void Utc_offset_of_whole_hours_has_no_seconds()
    {
        Assert.Equal("+1400", Write(w => w.UtcOffset(Offset.FromHours(14))));
    }

    [Fact]
    public void Utc_offset_west_with_seconds_keeps_the_seconds()
    {
        // Europe/Dublin's Dublin Mean Time: -0:25:21.
        Assert.Equal("-002521", Write(w => w.UtcOffset(Offset.FromSeconds(-(25 * 60 + 21)))));
    }

    // Durations

    [Fact]
    public void Duration_of_one_day_fifteen_minutes_keeps_the_minutes()
    {
        Assert.Equal("P1DT15M", Write(w => w.DurationValue(Duration.FromDays(1) + Duration.FromMinutes(15))));
    }

    [Fact]
    public void Duration_of_one_day_one_second_keeps_the_second()
    {
        Assert.Equal("P1DT1S", Write(w => w.DurationValue(Duration.FromDays(1) + Duration.FromSeconds(1))));
    }

    [Fact]
    public void Duration_of_one_hour_thirty_seconds_keeps_the_seconds()
    {
        Assert.Equal("PT1H30S", Write(w => w.DurationValue(Duration.FromHours(1) + Duration.FromSeconds(30))));
    }

    [Fact]
    public void Duration_of_one_minute_thirty_seconds_keeps_the_seconds()
    {
        Assert.Equal("PT1M30S", Write(w => w.DurationValue(Duration.FromSeconds(90))));
    }

    [Fact]
    public void Duration_of_whole_days_has_no_time_part()
    {
        Assert.Equal("P2D", Write(w => w.DurationValue(Duration.FromDays(2))));
    }

    [Fact]
    public void Duration_of_whole_hours_has_no_minutes_or_seconds()
    {
        Assert.Equal("PT1H", Write(w => w.DurationValue(Duration.FromHours(1))));
    }

    [Fact]
    public void Duration_of_one_second_is_PT1S()
    {
        Assert.Equal("PT1S", Write(w => w.DurationValue(Duration.FromSeconds(1))));
    }

    [Fact]
    public void Duration_of_every_unit_before_the_start_is_negative()
    {
        Assert.Equal("-P1DT1H1M1S", Write(w => w.DurationValue(-Duration.FromSeconds(86400 + 3600 + 60 + 1))));
    }

    [Fact]
    public void Duration_drops_its_fraction_of_a_second_toward_zero()
    {
        Assert.Equal("PT1S", Write(w => w.DurationValue(Duration.FromMilliseconds(1999))));
        Assert.Equal("-PT1S", Write(w => w.DurationValue(Duration.FromMilliseconds(-1999))));
    }

    [Fact]
    public void Duration_shorter_than_a_second_before_the_start_is_PT0S_without_a_sign()
    {
        Assert.Equal("PT0S", Write(w => w.DurationValue(Duration.FromMilliseconds(-500))));
    }

    // Integers and floats

    [Theory]
    [InlineData(0, "0")]
    [InlineData(9, "9")]
    [InlineData(10, "10")]
    [InlineData(2147483647, "2147483647")]
    [InlineData(-1, "-1")]
    public void Integer_is_written_in_decimal(int value, string expected)
    {
        Assert.Equal(expected, Write(w => w.Integer(value)));
    }

    [Theory]
    [InlineData(51.107883, "51.107883")]
    [InlineData(-17.0, "-17")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(0.30000000000000004, "0.30000000000000004")]
    public void Float_without_an_exponent_is_written_as_it_prints(double value, string expected)
    {
        Assert.Equal(expected, Write(w => w.Float(value)));
    }

    [Theory]
    [InlineData(0.00001, "0.00001")]
    [InlineData(-0.00001, "-0.00001")]
    [InlineData(1.2345678901234568E-05, "0.000012345678901234568")]
    [InlineData(1.5E+20, "150000000000000000000")]
    [InlineData(-1.2345678901234566E+17, "-123456789012345660")]
    public void Float_that_prints_with_an_exponent_is_written_without_it_and_reads_back_the_same(double value, string expected)
    {
        var text = Write(w => w.Float(value));
        Assert.Equal(expected, text);
        Assert.Equal(value, double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Float_smallest_positive_double_reads_back_the_same()
    {
        // 325 octets: unfolded, as a reader sees the value.
        var text = Write(w => w.Float(double.Epsilon)).Replace("\r\n ", string.Empty, StringComparison.Ordinal);
        Assert.Equal("0." + new string('0', 323) + "5", text);
        Assert.Equal(double.Epsilon, double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture));
    }

    // UTF-8

    [Theory]
    [InlineData(0x80, new byte[] { 0xC2, 0x80 })]
    [InlineData(0xE9, new byte[] { 0xC3, 0xA9 })]
    [InlineData(0x7FF, new byte[] { 0xDF, 0xBF })]
    [InlineData(0x800, new byte[] { 0xE0, 0xA0, 0x80 })]
    [InlineData(0xFFFD, new byte[] { 0xEF, 0xBF, 0xBD })]
    [InlineData(0xFFFF, new byte[] { 0xEF, 0xBF, 0xBF })]
    [InlineData(0x10000, new byte[] { 0xF0, 0x90, 0x80, 0x80 })]
    [InlineData(0x1F600, new byte[] { 0xF0, 0x9F, 0x98, 0x80 })]
    [InlineData(0x3FFFF, new byte[] { 0xF0, 0xBF, 0xBF, 0xBF })]
    [InlineData(0x40000, new byte[] { 0xF1, 0x80, 0x80, 0x80 })]
    [InlineData(0xE0067, new byte[] { 0xF3, 0xA0, 0x81, 0xA7 })]
    [InlineData(0x10FFFF, new byte[] { 0xF4, 0x8F, 0xBF, 0xBF })]
    public void Code_point_is_written_as_its_utf8_octets(int codePoint, byte[] expected)
    {
        Assert.Equal(expected, Octets(w => w.Text(char.ConvertFromUtf32(codePoint))));
        Assert.Equal(expected, Octets(w => w.ParameterValue(char.ConvertFromUtf32(codePoint))));
    }

    [Fact]
    public void Subdivision_flag_tag_characters_are_written_as_utf8()
    {
        const string england = "🏴\U000E0067\U000E0062\U000E0065\U000E006E\U000E0067\U000E007F";
        Assert.Equal(Encoding.UTF8.GetBytes(england), Octets(w => w.Text(england)));
    }

    [Theory]
    [InlineData(new[] { 'a', '\uD83D' }, "a\uFFFD")]
    [InlineData(new[] { '\uD83D', 'a' }, "\uFFFDa")]
    [InlineData(new[] { '\uDE00', 'a' }, "\uFFFDa")]
    [InlineData(new[] { '\uDE00', '\uD83D' }, "\uFFFD\uFFFD")]
    [InlineData(new[] { '\uD83D', '\uD83D', '\uDE00' }, "\uFFFD😀")]
    public void Unpaired_surrogate_becomes_the_replacement_character(char[] text, string expected)
    {
        // The text is given as UTF-16 code units: a string holding a lone surrogate does not survive a theory's data.
        Assert.Equal(Encoding.UTF8.GetBytes(expected), Octets(w => w.Text(text)));
    }

    // Control characters and line breaks

    [Theory]
    [InlineData("a\u0000b")]
    [InlineData("a\u001Fb")]
    [InlineData("a\u007Fb")]
    public void Control_character_becomes_the_replacement_character(string text)
    {
        Assert.Equal("a\uFFFDb", Text(text));
        Assert.Equal("a\uFFFDb", Write(w => w.ParameterValue(text)));
    }

    [Fact]
    public void Tab_and_space_are_kept()
    {
        Assert.Equal("a\tb c~", Text("a\tb c~"));
    }

    [Fact]
    public void Text_ending_in_a_bare_CR_ends_in_one_escaped_line_break()
    {
        Assert.Equal("a\\n", Text("a\r"));
    }

    [Fact]
    public void Text_ending_in_CRLF_ends_in_one_escaped_line_break()
    {
        Assert.Equal("a\\n", Text("a\r\n"));
    }

    [Fact]
    public void Text_with_CR_CR_LF_has_two_line_breaks()
    {
        Assert.Equal("a\\n\\nb", Text("a\r\r\nb"));
    }

    [Fact]
    public void Text_with_LF_CR_has_two_line_breaks()
    {
        Assert.Equal("a\\n\\nb", Text("a\n\rb"));
    }

    [Fact]
    public void Text_escapes_backslash_semicolon_and_comma_but_not_colon_or_caret()
    {
        Assert.Equal("\\\\\\;\\,:^\"", Text("\\;,:^\""));
    }

    // Folding

    [Fact]
    public void Line_of_exactly_75_octets_is_not_folded()
    {
        var line = "X:" + new string('a', 73);
        Assert.Equal(line + "\r\n", Write(w => w.TextLine("X", new string('a', 73))));
    }

    [Fact]
    public void Line_of_76_octets_is_folded_after_75()
    {
        Assert.Equal("X:" + new string('a', 73) + "\r\n a\r\n", Write(w => w.TextLine("X", new string('a', 74))));
    }

    [Fact]
    public void Continuation_line_holds_74_octets_after_its_space()
    {
        var text = Write(w => w.TextLine("X", new string('a', 73 + 74 + 1)));
        Assert.Equal("X:" + new string('a', 73) + "\r\n " + new string('a', 74) + "\r\n a\r\n", text);
    }

    [Fact]
    public void Escape_pair_ending_at_75_octets_is_not_folded()
    {
        Assert.Equal("X:" + new string('a', 71) + "\\;\r\n", Write(w => w.TextLine("X", new string('a', 71) + ";")));
    }

    [Fact]
    public void Escape_pair_that_would_pass_75_octets_moves_whole_to_the_next_line()
    {
        Assert.Equal("X:" + new string('a', 72) + "\r\n \\;\r\n", Write(w => w.TextLine("X", new string('a', 72) + ";")));
    }

    [Fact]
    public void Three_octet_character_ending_at_75_octets_is_not_folded()
    {
        Assert.Equal("X:" + new string('a', 70) + "€\r\n", Write(w => w.TextLine("X", new string('a', 70) + "€")));
    }

    [Fact]
    public void Three_octet_character_that_would_pass_75_octets_moves_whole_to_the_next_line()
    {
        Assert.Equal("X:" + new string('a', 71) + "\r\n €b\r\n", Write(w => w.TextLine("X", new string('a', 71) + "€b")));
    }

    [Fact]
    public void Octets_after_a_character_fold_count_from_the_continuation_space()
    {
        // After the fold the line holds the space and the 3-octet character: 71 more octets fit, the 72nd folds.
        var text = Write(w => w.TextLine("X", new string('a', 71) + "€" + new string('b', 72)));
        Assert.Equal("X:" + new string('a', 71) + "\r\n €" + new string('b', 71) + "\r\n b\r\n", text);
    }

    [Fact]
    public void Date_digits_ending_at_75_octets_are_not_folded()
    {
        var text = Write(w =>
        {
            w.Begin(new string('X', 66));
            w.ValueStart();
            w.Date(new LocalDate(2011, 11, 9));
            w.End();
        });
        Assert.Equal(new string('X', 66) + ":20111109\r\n", text);
    }

    [Fact]
    public void Date_digit_group_that_would_pass_75_octets_moves_whole_to_the_next_line()
    {
        var text = Write(w =>
        {
            w.Begin(new string('X', 70));
            w.ValueStart();
            w.Date(new LocalDate(2011, 11, 9));
            w.End();
        });
        Assert.Equal(new string('X', 70) + ":2011\r\n 1109\r\n", text);
    }

    [Fact]
    public void Octets_after_a_digit_fold_count_from_the_continuation_space()
    {
        // " 1109" is 5 octets: 70 more fit on the continuation line, the 71st folds.
        var text = Write(w =>
        {
            w.Begin(new string('X', 70));
            w.ValueStart();
            w.Date(new LocalDate(2011, 11, 9));
            w.Ascii(new string('b', 71));
            w.End();
        });
        Assert.Equal(new string('X', 70) + ":2011\r\n 1109" + new string('b', 70) + "\r\n b\r\n", text);
    }

    /// <summary>Fills the first 16 KiB chunk of the buffer but <paramref name="free"/> octets, ending on a line of
    /// <paramref name="lineOctets"/> octets.</summary>
    private static string FillChunk(ContentLineWriter w, int free, int lineOctets)
    {
        const int chunk = 16 * 1024;
        var text = new StringBuilder();
        var whole = chunk - free - lineOctets;
        while (whole > 0)
        {
            var line = Math.Min(whole - 2, 75);
            w.Ascii(new string('a', line));
            w.End();
            text.Append('a', line).Append("\r\n");
            whole -= line + 2;
        }

        Assert.Equal(0, whole);
        w.Ascii(new string('b', lineOctets));
        return text.Append('b', lineOctets).ToString();
    }

    [Fact]
    public void Digit_group_folded_across_the_end_of_a_buffer_chunk_is_written_whole()
    {
        string? before = null;
        var text = Write(w =>
        {
            before = FillChunk(w, free: 5, lineOctets: 72);
            w.Date(new LocalDate(2011, 11, 9));
        });

        Assert.Equal(before + "\r\n 20111109", text);
    }

    [Fact]
    public void Character_folded_across_the_end_of_a_buffer_chunk_is_written_whole()
    {
        string? before = null;
        var text = Write(w =>
        {
            before = FillChunk(w, free: 5, lineOctets: 73);
            w.Text("😀");
        });

        Assert.Equal(before + "\r\n 😀", text);
    }

    [Fact]
    public void Utc_date_time_is_written_with_seconds_and_Z()
    {
        Assert.Equal("20111109T090005Z", Write(w => w.UtcDateTime(Instant.FromUtc(2011, 11, 9, 9, 0, 5) + Duration.FromMilliseconds(999))));
    }
}
