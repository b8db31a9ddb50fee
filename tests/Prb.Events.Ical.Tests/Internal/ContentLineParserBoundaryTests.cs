using Prb.Events.Ical.Internal;

namespace Prb.Events.Ical.Tests.Internal;

/// <summary>
/// Boundaries of the content-line parser and of the line it makes: names, parameters, quoting, folds in the header and
/// the ranges of the input a line keeps, one behaviour each (found by mutation testing, see docs/mutation-testing.md).
/// </summary>
public class ContentLineParserBoundaryTests
{
    private static ContentLine Parsed(string text)
    {
        var line = ContentLineReader.Parse(1, text, out var error);
        Assert.Null(error);
        Assert.NotNull(line);
        return line;
    }

    private static string Error(string text)
    {
        Assert.Null(ContentLineReader.Parse(1, text, out var error));
        Assert.NotNull(error);
        return error;
    }

    // Names

    [Theory]
    [InlineData("x-wr-calname:v", "X-WR-CALNAME")]
    [InlineData("Geo:v", "GEO")]
    [InlineData("X-2:v", "X-2")]
    [InlineData("-:v", "-")]
    public void Name_is_letters_digits_and_hyphens_upper_cased(string text, string name)
    {
        var line = Parsed(text);
        Assert.Equal(name, line.Name);
        Assert.Equal("v", line.Value);
    }

    [Theory]
    [InlineData(":value")]
    [InlineData(";A=b:value")]
    [InlineData("_X:value")]
    [InlineData("ąX:value")]
    public void Line_that_does_not_start_with_a_name_is_refused(string text)
    {
        Assert.Equal("a content line starts with a name such as DTSTART", Error(text));
    }

    [Theory]
    [InlineData("SUMMARY")]
    [InlineData("SUMMARY value")]
    [InlineData("SUMMARY_X:value")]
    [InlineData("X;A=b")]
    [InlineData("X;A=\"b\"")]
    [InlineData("X;A=\"b\"c:v")]
    [InlineData("X;A=")]
    [InlineData("X;A=b,")]
    public void Line_without_a_colon_after_its_header_is_refused(string text)
    {
        Assert.Equal("a colon must separate the name and parameters from the value", Error(text));
    }

    [Fact]
    public void Long_names_are_upper_cased_whole()
    {
        var name = "x-" + new string('a', 100);
        Assert.Equal(name.ToUpperInvariant(), Parsed(name + ":v").Name);
        Assert.Equal(name.ToUpperInvariant(), Parsed("X;" + name + "=1:v").Parameters[0].Key);
    }

    // Parameters

    [Theory]
    [InlineData("X;=a:v")]
    [InlineData("X;A:v")]
    [InlineData("X;A")]
    [InlineData("X;")]
    [InlineData("X;A b=c:v")]
    public void Parameter_without_a_name_and_an_equals_sign_is_refused(string text)
    {
        Assert.Equal("a parameter must have the form NAME=value", Error(text));
    }

    [Fact]
    public void Parameters_keep_their_order_with_upper_cased_names()
    {
        var line = Parsed("ATTENDEE;role=CHAIR;Cn=Anna;x-2=z:mailto:a@example.org");
        Assert.Equal(
            [new("ROLE", "CHAIR"), new("CN", "Anna"), new KeyValuePair<string, string>("X-2", "z")],
            line.Parameters);
        Assert.Equal("mailto:a@example.org", line.Value);
    }

    [Fact]
    public void Parameter_with_several_values_gives_one_entry_per_value()
    {
        var line = Parsed("X;MEMBER=a,\"b,c\",:v");
        Assert.Equal(
            [new("MEMBER", "a"), new("MEMBER", "b,c"), new KeyValuePair<string, string>("MEMBER", string.Empty)],
            line.Parameters);
    }

    [Fact]
    public void Empty_parameter_value_is_kept()
    {
        var line = Parsed("X;A=;B=\"\":v");
        Assert.Equal([new("A", string.Empty), new KeyValuePair<string, string>("B", string.Empty)], line.Parameters);
    }

    [Fact]
    public void Quoted_parameter_value_holds_separators_and_the_value_starts_after_the_colon()
    {
        var line = Parsed("X;CN=\"Kowalski; Jan: a, b\":value:with;colons");
        Assert.Equal("Kowalski; Jan: a, b", line.Parameter("CN"));
        Assert.Equal("value:with;colons", line.Value);
    }

    [Fact]
    public void Quoted_parameter_value_followed_by_another_parameter_is_read()
    {
        var line = Parsed("X;A=\"1\";B=2:v");
        Assert.Equal([new("A", "1"), new KeyValuePair<string, string>("B", "2")], line.Parameters);
    }

    [Theory]
    [InlineData("X;CN=\"open:v", "the quoted value of parameter CN is not closed")]
    [InlineData("X;CN=\"", "the quoted value of parameter CN is not closed")]
    [InlineData("X;CN=a\"b\":v", "the value of parameter CN has a quote in it without being quoted")]
    [InlineData("X;CN=ab\":v", "the value of parameter CN has a quote in it without being quoted")]
    public void Badly_quoted_parameter_value_is_refused_with_the_parameter_named(string text, string error)
    {
        Assert.Equal(error, Error(text));
    }

    [Fact]
    public void Parameter_value_decodes_rfc6868_escapes()
    {
        Assert.Equal("line\nbreak \"q\" ^", Parsed("X;CN=\"line^nbreak ^'q^' ^^\":v").Parameter("CN"));
    }

    [Fact]
    public void Long_parameter_values_are_read_whole()
    {
        var value = new string('w', 65);
        Assert.Equal(value, Parsed("X;A=" + value + ":v").Parameter("A"));
        Assert.Equal(value + "^", Parsed("X;A=" + value + "^^:v").Parameter("A"));
    }

    [Fact]
    public void Lines_of_one_parser_share_their_names_and_short_values()
    {
        var parser = new ContentLineParser();
        const string first = "dtstart;tzid=Europe/Warsaw:20260314T100000";
        const string second = "DTSTART;TZID=Europe/Warsaw:20260315T100000";
        var a = parser.Parse(1, first, 0, first.Length, false, out _)!;
        var b = parser.Parse(2, second, 0, second.Length, false, out _)!;
        Assert.Same(a.Name, b.Name);
        Assert.Same(a.Parameters[0].Key, b.Parameters[0].Key);
        Assert.Same(a.Parameters[0].Value, b.Parameters[0].Value);
        Assert.Same(a.Parameters, b.Parameters);
        Assert.Equal("20260314T100000", a.Value);
        Assert.Equal("20260315T100000", b.Value);
    }

    [Fact]
    public void Lines_with_several_parameters_share_their_short_values()
    {
        var parser = new ContentLineParser();
        const string text = "ATTENDEE;CN=Anna;ROLE=CHAIR:mailto:a@example.org";
        var a = parser.Parse(1, text, 0, text.Length, false, out _)!;
        var b = parser.Parse(2, text, 0, text.Length, false, out _)!;
        Assert.Same(a.Parameters[0].Value, b.Parameters[0].Value);
        Assert.Same(a.Parameters[1].Value, b.Parameters[1].Value);
    }

    [Fact]
    public void Name_of_a_million_characters_is_read_without_overflowing_the_stack()
    {
        // Within the default 10 MiB cap; a short name is upper-cased on the stack, a long one must not be.
        var name = "x-" + new string('a', 1_000_000);
        ContentLineReaderBoundaryTests.OnSmallStack(() =>
        {
            var line = Parsed(name + ";" + name + "=1:v");
            Assert.Equal(name.ToUpperInvariant(), line.Name);
            Assert.Equal(name.ToUpperInvariant(), line.Parameters[0].Key);
        });
    }

    [Fact]
    public void Lines_with_different_single_parameters_keep_their_own()
    {
        var parser = new ContentLineParser();
        var lines = Enumerable.Range(0, 1100)
            .Select(n => $"X;N={n}:v")
            .Select((text, n) => parser.Parse(n + 1, text, 0, text.Length, false, out _)!)
            .ToList();
        Assert.All(lines, (line, n) => Assert.Equal(n.ToString(System.Globalization.CultureInfo.InvariantCulture), line.Parameter("N")));
        var again = parser.Parse(1, "X;N=1099:w", 0, 10, false, out _)!;
        Assert.Equal("1099", again.Parameter("N"));
        Assert.Equal("w", again.Value);
    }

    [Fact]
    public void Line_with_several_parameters_gets_its_own_list()
    {
        var parser = new ContentLineParser();
        const string text = "X;A=1;B=2:v";
        var a = parser.Parse(1, text, 0, text.Length, false, out _)!;
        var b = parser.Parse(2, text, 0, text.Length, false, out _)!;
        Assert.NotSame(a.Parameters, b.Parameters);
        Assert.Equal(a.Parameters, b.Parameters);
    }

    [Fact]
    public void Upper_pools_names_up_to_64_characters()
    {
        var parser = new ContentLineParser();
        Assert.Same(parser.Upper("summary"), parser.Upper("Summary"));
        var longest = new string('n', 64);
        Assert.Same(parser.Upper(longest), parser.Upper(longest.ToUpperInvariant()));
        var tooLong = new string('n', 65);
        Assert.Equal(tooLong.ToUpperInvariant(), parser.Upper(tooLong));
    }

    // A range of a larger text, and folds

    [Fact]
    public void Line_is_read_from_its_range_of_the_input()
    {
        const string source = "BEGIN:VEVENT\r\nsummary;language=pl:Zażółć\r\nEND:VEVENT";
        var parser = new ContentLineParser();
        var line = parser.Parse(2, source, 14, 40, false, out var error)!;
        Assert.Null(error);
        Assert.Equal("SUMMARY", line.Name);
        Assert.Equal("pl", line.Parameter("LANGUAGE"));
        Assert.Equal("Zażółć", line.Value);
        Assert.Equal("summary;language=pl:Zażółć", line.Text);
        Assert.Same(source, line.Source);
        Assert.Equal(40, line.EndIndex);
    }

    [Fact]
    public void Range_without_a_colon_inside_it_is_refused_even_when_the_text_goes_on()
    {
        const string source = "SUMMARY;A=b:rest";
        var parser = new ContentLineParser();
        Assert.Null(parser.Parse(1, source, 0, 7, false, out var noColon));
        Assert.Equal("a colon must separate the name and parameters from the value", noColon);
        Assert.Null(parser.Parse(1, source, 0, 9, false, out var noEquals));
        Assert.Equal("a parameter must have the form NAME=value", noEquals);
        Assert.Null(parser.Parse(1, source, 0, 11, false, out var noColonAfterValue));
        Assert.Equal("a colon must separate the name and parameters from the value", noColonAfterValue);
    }

    [Fact]
    public void Quote_that_closes_outside_the_range_is_not_closed()
    {
        const string source = "X;CN=\"ab\":v";
        var parser = new ContentLineParser();
        Assert.Null(parser.Parse(1, source, 0, 8, false, out var error));
        Assert.Equal("the quoted value of parameter CN is not closed", error);
    }

    [Fact]
    public void Folded_value_is_unfolded_and_its_raw_range_keeps_the_fold()
    {
        const string source = "DESCRIPTION;LANGUAGE=pl:Zaż\r\n ółć\r\n\tgęślą";
        var parser = new ContentLineParser();
        var line = parser.Parse(3, source, 0, source.Length, true, out _)!;
        Assert.True(line.IsFolded);
        Assert.Equal(3, line.LineNumber);
        Assert.Equal("pl", line.Parameter("LANGUAGE"));
        Assert.Equal("Zażółćgęślą", line.Value);
        Assert.Equal("Zażółćgęślą", line.ValueSpan.ToString());
        Assert.Equal("Zaż\r\n ółć\r\n\tgęślą", line.RawValue.ToString());
        Assert.Equal("DESCRIPTION;LANGUAGE=pl:Zażółćgęślą", line.Text);
        Assert.Equal(source, line.RawText.ToString());
        Assert.Same(source, line.Source);
    }

    [Theory]
    [InlineData("DESC\r\n RIPTION:v", "DESCRIPTION", null)]
    [InlineData("X;CN=Jan\r\n  Kowalski:v", "X", "Jan Kowalski")]
    [InlineData("X;CN=\"a:b\r\n c\":v", "X", "a:bc")]
    [InlineData("X;CN=\"a\"\r\n ;B=c:v", "X", "a")]
    [InlineData("X\r\n :v", "X", null)]
    public void Fold_inside_the_name_or_parameters_is_taken_out_before_they_are_read(string text, string name, string? cn)
    {
        var parser = new ContentLineParser();
        var line = parser.Parse(4, text, 0, text.Length, true, out var error)!;
        Assert.Null(error);
        Assert.Equal(name, line.Name);
        Assert.Equal(cn, line.Parameter("CN"));
        Assert.Equal("v", line.Value);
        Assert.Equal(4, line.LineNumber);
        Assert.False(line.IsFolded);
    }

    [Theory]
    [InlineData("DESC\r\n RIPTION:v", "DESCRIPTION", null)]
    [InlineData("X;CN=\"a:b\r\n c\":v", "X", "a:bc")]
    public void Fold_inside_the_header_of_a_line_within_a_larger_text_is_taken_out(string line, string name, string? cn)
    {
        var source = "BEGIN:VEVENT\r\n" + line + "\r\nEND:VEVENT\r\n";
        var parser = new ContentLineParser();
        var parsed = parser.Parse(2, source, 14, 14 + line.Length, true, out var error)!;
        Assert.Null(error);
        Assert.Equal(name, parsed.Name);
        Assert.Equal(cn, parsed.Parameter("CN"));
        Assert.Equal("v", parsed.Value);
        Assert.Equal(2, parsed.LineNumber);
    }

    [Fact]
    public void Folded_line_with_no_colon_at_all_is_refused()
    {
        var parser = new ContentLineParser();
        const string text = "X;CN=\"a:b\"\r\n c";
        Assert.Null(parser.Parse(1, text, 0, text.Length, true, out var error));
        Assert.Equal("a colon must separate the name and parameters from the value", error);
    }

    [Fact]
    public void Fold_after_the_header_keeps_the_line_a_range_of_the_input()
    {
        const string source = "X;CN=\"a:b\":one\r\n two";
        var parser = new ContentLineParser();
        var line = parser.Parse(1, source, 0, source.Length, true, out _)!;
        Assert.True(line.IsFolded);
        Assert.Same(source, line.Source);
        Assert.Equal("a:b", line.Parameter("CN"));
        Assert.Equal("onetwo", line.Value);
    }

    // ContentLine

    [Theory]
    [InlineData(1, false)]
    [InlineData(1, true)]
    [InlineData(1_000_000, true)]
    [InlineData(1_000_000, false)]
    public void Line_keeps_its_number_and_whether_it_is_folded(int lineNumber, bool folded)
    {
        var line = new ContentLine(lineNumber, "X", [], "X:v", 0, 2, 3, folded);
        Assert.Equal(lineNumber, line.LineNumber);
        Assert.Equal(folded, line.IsFolded);
    }

    [Fact]
    public void Line_not_marked_folded_gives_its_range_as_it_is()
    {
        // Only the scanner says where folds are; a line it did not mark is never unfolded.
        const string source = "X:a\r\n b";
        var line = new ContentLine(1, "X", [], source, 0, 2, source.Length, false);
        Assert.Equal("a\r\n b", line.Value);
        Assert.Equal("a\r\n b", line.ValueSpan.ToString());
        Assert.Equal(source, line.Text);
    }

    [Fact]
    public void Parameter_gives_the_first_value_of_that_name_or_null()
    {
        var line = Parsed("X;A=1;B=2;A=3:v");
        Assert.Equal("1", line.Parameter("A"));
        Assert.Equal("2", line.Parameter("B"));
        Assert.Null(line.Parameter("C"));
        Assert.Null(line.Parameter("a"));
        Assert.Null(Parsed("X:v").Parameter("A"));
    }

    [Fact]
    public void Unfolded_line_gives_its_value_and_text_as_written()
    {
        var line = Parsed("X;A=1:a\\,b");
        Assert.Equal("a\\,b", line.Value);
        Assert.Equal("a\\,b", line.ValueSpan.ToString());
        Assert.Equal("a\\,b", line.RawValue.ToString());
        Assert.Equal("X;A=1:a\\,b", line.Text);
        Assert.Equal("X;A=1:a\\,b", line.RawText.ToString());
        Assert.Equal(10, line.EndIndex);
    }
}
