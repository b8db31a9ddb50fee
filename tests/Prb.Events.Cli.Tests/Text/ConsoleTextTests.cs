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
