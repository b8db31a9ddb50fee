using System.Text;
using Prb.Events.Ical.Internal;

namespace Prb.Events.Ical.Tests.Internal;

/// <summary>
/// Boundaries of the content-line reader: line breaks, folds, blank lines, escapes and the folds some producers put
/// inside a UTF-8 character, one behaviour each (found by mutation testing, see docs/mutation-testing.md).
/// </summary>
public class ContentLineReaderBoundaryTests
{
    // Logical lines

    [Theory]
    [InlineData("A:1\r\nB:2\r\nC:3")]
    [InlineData("A:1\nB:2\nC:3\n")]
    [InlineData("A:1\rB:2\rC:3\r")]
    [InlineData("A:1\r\nB:2\nC:3\r")]
    public void Lines_end_at_crlf_lf_or_a_bare_cr(string text)
    {
        Assert.Equal([(1, "A:1"), (2, "B:2"), (3, "C:3")], ContentLineReader.Unfold(text));
    }

    [Theory]
    [InlineData("A:x\r\n y\r\nB:2", "A:xy")]
    [InlineData("A:x\r\n\ty\r\nB:2", "A:xy")]
    [InlineData("A:x\n y\nB:2", "A:xy")]
    [InlineData("A:x\r y\rB:2", "A:xy")]
    [InlineData("A:x\r\n  y\r\nB:2", "A:x y")]
    [InlineData("A:x\r\n y\r\n z\r\nB:2", "A:xyz")]
    [InlineData("A:x\n y\r\n\tz\rB:2", "A:xyz")]
    public void Fold_takes_out_the_break_and_one_space_or_tab(string text, string first)
    {
        var lines = ContentLineReader.Unfold(text);
        Assert.Equal(2, lines.Count);
        Assert.Equal((1, first), lines[0]);
        Assert.Equal("B:2", lines[1].Text);
    }

    [Fact]
    public void Line_numbers_count_physical_lines_with_folds_and_blank_lines()
    {
        var lines = ContentLineReader.Unfold("A:1\r\n b\r\n\r\n   \r\nB:2\n\t\tc\n\nC:3");
        Assert.Equal([(1, "A:1b"), (5, "B:2\tc"), (8, "C:3")], lines);
    }

    [Fact]
    public void White_space_before_a_line_that_continues_nothing_is_not_part_of_it()
    {
        Assert.Equal([(1, "A:1"), (3, "B:2")], ContentLineReader.Unfold("  \tA:1\r\n\r\n B:2"));
    }

    [Fact]
    public void Text_without_content_has_no_lines()
    {
        Assert.Empty(ContentLineReader.Unfold(string.Empty));
        Assert.Empty(ContentLineReader.Unfold("\r\n \r\n\t\n"));
    }

    [Fact]
    public void Scanner_gives_each_line_as_a_range_of_the_input()
    {
        const string text = "A:1\r\n\r\n  B:2\r\n x\nC:3";
        var scanner = new ContentLineReader.Scanner(text);
        Assert.True(scanner.Next(out var first));
        Assert.Equal(new ContentLineReader.LogicalLine(1, 0, 3, false), first);
        Assert.True(scanner.Next(out var second));
        Assert.Equal(new ContentLineReader.LogicalLine(3, 9, 16, true), second);
        Assert.Equal("B:2\r\n x", text[second.Start..second.End]);
        Assert.True(scanner.Next(out var third));
        Assert.Equal(new ContentLineReader.LogicalLine(5, 17, 20, false), third);
        Assert.False(scanner.Next(out var none));
        Assert.Equal(default, none);
    }

    [Theory]
    [InlineData(512)]
    [InlineData(513)]
    [InlineData(5000)]
    public void Folded_range_of_any_length_is_unfolded(int length)
    {
        var text = new string('a', length / 2) + "\r\n " + new string('ł', length - (length / 2) - 3);
        Assert.Equal(length, text.Length);
        Assert.Equal(new string('a', length / 2) + new string('ł', length - (length / 2) - 3), ContentLineReader.Unfolded(text));
    }

    /// <summary>Runs <paramref name="work"/> on a thread with a 512 KiB stack (a Windows main thread has 1 MiB).</summary>
    internal static void OnSmallStack(Action work)
    {
        Exception? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    work();
                }
                catch (Exception e)
                {
                    failure = e;
                }
            },
            512 * 1024);
        thread.Start();
        thread.Join();
        if (failure is not null)
        {
            throw new InvalidOperationException("The work failed on the small stack.", failure);
        }
    }

    [Fact]
    public void Lines_of_a_million_characters_are_read_without_overflowing_the_stack()
    {
        // Within the default 10 MiB cap; the short-line buffers live on the stack, and a long one must not.
        var half = new string('a', 500_000);
        var folded = half + "\r\n " + half + "\\,b";
        OnSmallStack(() =>
        {
            Assert.Equal(half + half + "\\,b", ContentLineReader.Unfolded(folded));
            Assert.Equal(half + half + ",b", ContentLineReader.UnescapeText(folded.AsSpan(), true));
            Assert.Equal(half + ",b", ContentLineReader.UnescapeText((half + "\\,b").AsSpan(), false));
            var parts = new List<string>();
            ContentLineReader.SplitTextList(folded, true, parts);
            Assert.Equal([half + half + ",b"], parts);
            parts.Clear();
            ContentLineReader.SplitTextList(half + "," + half, false, parts);
            Assert.Equal([half, half], parts);
        });
    }

    // RFC 6868 parameter values

    [Theory]
    [InlineData("a^nb", "a\nb")]
    [InlineData("a^Nb", "a\nb")]
    [InlineData("^'quoted^'", "\"quoted\"")]
    [InlineData("x^^y", "x^y")]
    [InlineData("^^n", "^n")]
    [InlineData("a^b", "a^b")]
    [InlineData("a^", "a^")]
    [InlineData("^", "^")]
    [InlineData("plain", "plain")]
    public void Parameter_escapes_are_a_caret_with_n_quote_or_caret_and_others_stay(string value, string expected)
    {
        Assert.Equal(expected, ContentLineReader.DecodeParameter(value));
    }

    // TEXT

    [Theory]
    [InlineData(@"a\,b\;c\\d", @"a,b;c\d")]
    [InlineData(@"one\ntwo\Nthree", "one\ntwo\nthree")]
    [InlineData(@"\x", "x")]
    [InlineData(@"end\", @"end\")]
    [InlineData(@"\\n", @"\n")]
    [InlineData(@"\", @"\")]
    public void Text_escapes_are_taken_out(string value, string expected)
    {
        Assert.Equal(expected, ContentLineReader.UnescapeText(value));
        Assert.Equal(expected, ContentLineReader.UnescapeText(value.AsSpan(), false));
    }

    [Fact]
    public void Text_without_a_backslash_is_returned_as_it_is()
    {
        const string value = "Zażółć gęślą jaźń 😀";
        Assert.Same(value, ContentLineReader.UnescapeText(value));
        Assert.Equal(value, ContentLineReader.UnescapeText(value.AsSpan(), false));
    }

    [Fact]
    public void Text_that_is_not_folded_keeps_its_line_breaks()
    {
        // Quoted-printable text decodes =0D=0A to a line break, which the unescaping then keeps.
        Assert.Equal("one\r\n two, three", ContentLineReader.UnescapeText("one\r\n two\\, three"));
        Assert.Equal("one\r\n two, three", ContentLineReader.UnescapeText("one\r\n two\\, three".AsSpan(), false));
        Assert.Equal(["one\r\n two", "three"], Split("one\r\n two,three"));
    }

    [Theory]
    [InlineData("a\r\n b", "ab")]
    [InlineData("a\\\r\n ,b", "a,b")]
    [InlineData("a\\\r\n\tn", "a\n")]
    [InlineData("plain\n z", "plainz")]
    public void Folded_text_is_unfolded_before_it_is_unescaped(string raw, string expected)
    {
        Assert.Equal(expected, ContentLineReader.UnescapeText(raw.AsSpan(), true));
    }

    [Theory]
    [InlineData(512)]
    [InlineData(513)]
    [InlineData(4000)]
    public void Long_text_is_unescaped_whole(int length)
    {
        var raw = new string('ż', length - 2) + "\\,";
        Assert.Equal(new string('ż', length - 2) + ",", ContentLineReader.UnescapeText(raw.AsSpan(), false));
        Assert.Equal(new string('ż', length - 2) + ",", ContentLineReader.UnescapeText(raw.AsSpan(), true));
    }

    // TEXT lists (CATEGORIES)

    private static List<string> Split(string raw, bool folded = false)
    {
        var parts = new List<string>();
        ContentLineReader.SplitTextList(raw, folded, parts);
        return parts;
    }

    [Theory]
    [InlineData("a,b,c", new[] { "a", "b", "c" })]
    [InlineData(@"a\,b,c", new[] { "a,b", "c" })]
    [InlineData(@"a\\,b", new[] { @"a\", "b" })]
    [InlineData(@"x\;y\nz", new[] { "x;y\nz" })]
    [InlineData(",a,,b,", new[] { "a", "b" })]
    [InlineData("", new string[0])]
    [InlineData(",", new string[0])]
    [InlineData(@"a\", new[] { @"a\" })]
    [InlineData(@"a,\", new[] { "a", @"\" })]
    public void Text_list_splits_at_unescaped_commas_and_leaves_out_empty_parts(string raw, string[] expected)
    {
        Assert.Equal(expected, Split(raw));
    }

    [Fact]
    public void Folded_text_list_is_unfolded_before_it_is_split()
    {
        Assert.Equal(["ab", "c,d"], Split("a\r\n b,c\\\r\n ,d", folded: true));
    }

    [Fact]
    public void Text_list_adds_to_the_parts_it_is_given()
    {
        var parts = new List<string> { "kept" };
        ContentLineReader.SplitTextList("a,b", false, parts);
        Assert.Equal(["kept", "a", "b"], parts);
    }

    [Theory]
    [InlineData(512)]
    [InlineData(513)]
    [InlineData(3000)]
    public void Long_text_list_is_split_whole(int length)
    {
        var first = new string('é', length / 2);
        var second = new string('ś', length - first.Length - 1);
        Assert.Equal([first, second], Split(first + "," + second));
        Assert.Equal([first, second], Split(first + "," + second, folded: true));
    }

    // Folds inside a UTF-8 character

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static string Moved(byte[] octets) => Encoding.UTF8.GetString(ContentLineReader.MoveFoldsOutOfCharacters(octets));

    private static byte[] Join(params byte[][] parts) => parts.SelectMany(p => p).ToArray();

    [Fact]
    public void Fold_inside_a_character_moves_after_it()
    {
        var octets = Join(Utf8("X:ca"), [0xC5], Utf8("\r\n "), [0x82], Utf8("y"));
        Assert.Equal("X:cał\r\n y", Moved(octets));
    }

    [Theory]
    [InlineData("\r\n ")]
    [InlineData("\r\n\t")]
    [InlineData("\n ")]
    [InlineData("\n\t")]
    public void Fold_with_any_break_and_space_or_tab_moves_after_the_character(string fold)
    {
        var octets = Join(Utf8("X:"), [0xE2], Utf8(fold), [0x82, 0xAC], Utf8("!"));
        Assert.Equal("X:€" + fold + "!", Moved(octets));
    }

    [Fact]
    public void Several_folds_inside_one_character_all_move_after_it_in_order()
    {
        var octets = Join(Utf8("X:"), [0xF0], Utf8("\r\n "), [0x9F], Utf8("\n\t"), [0x98, 0x80], Utf8("z"));
        Assert.Equal("X:😀\r\n \n\tz", Moved(octets));
    }

    [Fact]
    public void Folds_in_a_row_inside_a_character_move_together()
    {
        var octets = Join(Utf8("X:"), [0xC3], Utf8("\r\n \r\n "), [0xB3], Utf8("w"));
        Assert.Equal("X:ó\r\n \r\n w", Moved(octets));
    }

    [Fact]
    public void Fold_after_a_moved_character_stays_where_it_is()
    {
        var octets = Join(Utf8("X:"), [0xC3], Utf8("\r\n "), [0xB3], Utf8("\r\n "), Utf8("w\r\n y"));
        Assert.Equal("X:ó\r\n \r\n w\r\n y", Moved(octets));
    }

    [Fact]
    public void Two_split_characters_each_take_their_own_fold()
    {
        var octets = Join(Utf8("X:"), [0xC3], Utf8("\r\n "), [0xB3, 0xC5], Utf8("\n "), [0x82]);
        Assert.Equal("X:ó\r\n ł\n ", Moved(octets));
    }

    [Theory]
    [InlineData("A:ł\r\n óź\r\nB:2\r\n")]
    [InlineData("A:x\r\n \r\n")]
    [InlineData("A:x\r\n")]
    [InlineData("A:x\r\n\r\n ")]
    [InlineData("A:x\n")]
    [InlineData("A:x\r")]
    [InlineData("A:x\r ")]
    [InlineData("A:x\r\nB:y")]
    [InlineData("")]
    public void Text_without_a_split_character_is_left_as_it_is(string text)
    {
        Assert.Equal(text, Moved(Utf8(text)));
    }

    [Fact]
    public void Folds_at_the_end_after_a_split_character_all_follow_it()
    {
        var octets = Join(Utf8("X:"), [0xC3], Utf8("\r\n "), [0xB3], Utf8("\r\n \n\t"));
        Assert.Equal("X:ó\r\n \r\n \n\t", Moved(octets));
    }

    [Theory]
    [InlineData(" ")]
    [InlineData("\t")]
    [InlineData("A ")]
    [InlineData("A\t")]
    public void Space_or_tab_without_a_line_break_before_it_is_not_a_fold(string between)
    {
        // Not UTF-8 either way: the import then refuses the input instead of reading moved octets as text.
        var octets = Join(Utf8("X:"), [0xC3], Utf8(between), [0xA9]);
        Assert.Equal(octets, ContentLineReader.MoveFoldsOutOfCharacters(octets));
    }

    [Fact]
    public void Fold_at_the_end_after_a_lead_octet_stays_at_the_end()
    {
        var octets = Join(Utf8("X:"), [0xC3], Utf8("\r\n "));
        Assert.Equal(octets, ContentLineReader.MoveFoldsOutOfCharacters(octets));
    }

    [Fact]
    public void Fold_between_a_character_and_the_next_is_not_moved()
    {
        var octets = Join(Utf8("X:ó"), Utf8("\r\n "), Utf8("ł"));
        Assert.Equal(octets, ContentLineReader.MoveFoldsOutOfCharacters(octets));
    }

    // One line parsed whole

    [Fact]
    public void Parse_reads_a_whole_line_into_name_parameters_and_value()
    {
        var line = ContentLineReader.Parse(7, "dtstart;tzid=Europe/Warsaw:20260314T100000", out var error);
        Assert.Null(error);
        Assert.NotNull(line);
        Assert.Equal(7, line.LineNumber);
        Assert.Equal("DTSTART", line.Name);
        Assert.Equal("Europe/Warsaw", line.Parameter("TZID"));
        Assert.Equal("20260314T100000", line.Value);
        Assert.False(line.IsFolded);
    }
}
