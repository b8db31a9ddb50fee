using CsCheck;
using Prb.Events.Cli.Text;

namespace Prb.Events.Cli.Tests.Text;

public class ConsoleTextTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("Zażółć gęślą jaźń 📚 عربى", "Zażółć gęślą jaźń 📚 عربى")]
    [InlineData("a\nb", @"a\nb")]
    [InlineData("a\r\nb", @"a\r\nb")]
    [InlineData("a\tb", @"a\tb")]
    [InlineData("\u001b[31mred", @"\u001B[31mred")]
    [InlineData("nul\0", @"nul\u0000")]
    [InlineData("del\u007f c1\u0085", @"del\u007F c1\u0085")]
    [InlineData("line\u2028para\u2029", @"line\u2028para\u2029")]
    [InlineData("rlo\u202Eiso\u2066lrm\u200E", @"rlo\u202Eiso\u2066lrm\u200E")]
    [InlineData(@"C:\path\n", @"C:\path\n")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Escape_WritesEveryLineBreakingOrHidingCharacterAsAnEscape(string? text, string expected)
    {
        Assert.Equal(expected, ConsoleText.Escape(text));
    }

    [Fact]
    public void Escape_OfALoneSurrogate_IsAnEscape()
    {
        Assert.Equal(@"a\uD800b", ConsoleText.Escape("a" + (char)0xD800 + "b"));
        Assert.Equal(@"\uDC00", ConsoleText.Escape(((char)0xDC00).ToString()));
    }

    [Fact]
    public void Escape_OfAnyText_IsOneLineWithoutControlCharacters()
    {
        Gen.String[Gen.Char, 0, 40].Sample(text =>
        {
            var escaped = ConsoleText.Escape(text);
            Assert.True(IsOneSafeLine(escaped), escaped);
            Assert.Equal(escaped, ConsoleText.Escape(escaped));
        }, iter: 2000);
    }

    [Theory]
    [InlineData("\u200F", @"\u200F")]
    [InlineData("\u061C", @"\u061C")]
    [InlineData("\u202A", @"\u202A")]
    [InlineData("\u2069", @"\u2069")]
    [InlineData("\u2067", @"\u2067")]
    public void Escape_OfEachBidirectionalControl_IsAnEscape(string text, string expected)
    {
        Assert.Equal(expected, ConsoleText.Escape(text));
    }

    [Theory]
    [InlineData("\u200D")] // the zero width joiner inside emoji sequences
    [InlineData("\u2029\u202F")]
    [InlineData("\u2065\u206A")]
    [InlineData("\u2027\u202F")]
    public void Escape_KeepsTheNeighboursOfTheEscapedRanges(string text)
    {
        var kept = text.Length == 1 ? text : text[1..];
        Assert.EndsWith(kept, ConsoleText.Escape(text), StringComparison.Ordinal);
    }

    [Fact]
    public void Escape_AfterAnEscape_KeepsPolishEmojiAndRightToLeftTextByteForByte()
    {
        var text = "Zażółć\ngęślą 👨‍👩‍👧 🏴󠁧󠁢󠁳󠁣󠁴󠁿 שלום مرحبا";

        var escaped = ConsoleText.Escape(text);

        Assert.Equal("Zażółć\\ngęślą 👨‍👩‍👧 🏴󠁧󠁢󠁳󠁣󠁴󠁿 שלום مرحبا", escaped);
        Assert.Equal(System.Text.Encoding.UTF8.GetBytes(text.Replace("\n", "\\n", StringComparison.Ordinal)), System.Text.Encoding.UTF8.GetBytes(escaped));
    }

    [Fact]
    public void Escape_OfAHighSurrogateAtTheEnd_IsAnEscape()
    {
        Assert.Equal(@"a\nb\uD83D", ConsoleText.Escape("a\nb" + (char)0xD83D));
        Assert.Equal(@"\uD83D", ConsoleText.Escape(((char)0xD83D).ToString()));
    }

    private static bool IsOneSafeLine(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsSurrogatePair(text, i))
            {
                i++;
            }
            else if (char.IsControl(text[i]) || char.IsSurrogate(text[i]) || text[i] is '\u2028' or '\u2029')
            {
                return false;
            }
        }

        return true;
    }
}
