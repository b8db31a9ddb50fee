using Prb.Events.Internal;
using Prb.Events.Tests.Support;

namespace Prb.Events.Tests.Internal;

public sealed class TextRulesTests
{
    // The bad character is given by its code so that no runner re-encodes a lone surrogate in the test's name.
    [Theory]
    [InlineData("", 0x0000, "", 0)]
    [InlineData("ab", 0x0001, "", 2)]
    [InlineData("", 0x001F, "", 0)]
    [InlineData("x", 0xD800, "", 1)]
    [InlineData("x", 0xDBFF, "y", 1)]
    [InlineData("", 0xDC00, "", 0)]
    [InlineData("📚", 0xDC00, "", 2)]
    [InlineData("", 0xFFFE, "", 0)]
    [InlineData("ok ", 0xFFFF, "", 3)]
    [InlineData("ok\0", 0x0041, "", 2)]
    public void FindInvalid_ReturnsTheFirstBadIndex(string before, int bad, string after, int expected)
    {
        var text = before + (char)bad + after;

        Assert.Equal(expected, TextRules.FindInvalid(text));
    }

    [Fact]
    public void FindInvalid_EveryC0ControlButTabLfCr_IsInvalid()
    {
        for (var c = '\0'; c < ' '; c++)
        {
            var allowed = c is '\t' or '\n' or '\r';
            Assert.Equal(allowed ? null : 1, TextRules.FindInvalid($"a{c}b"));
        }
    }

    [Fact]
    public void FindInvalid_EveryValidSample_IsNull()
    {
        foreach (var text in Text.Valid)
        {
            Assert.Null(TextRules.FindInvalid(text));
        }
    }

    [Fact]
    public void FindInvalid_EveryInvalidSample_IsFound()
    {
        foreach (var text in Text.Invalid)
        {
            Assert.NotNull(TextRules.FindInvalid(text));
        }
    }

    [Fact]
    public void FindInvalid_SurrogatePairsOutsideTheBmp_AreText()
    {
        Assert.Null(TextRules.FindInvalid("\U0001F4DA\U0001F389\U00010000\U0010FFFD"));
    }

    [Fact]
    public void Describe_NamesTheCodePointAndIndex()
    {
        var message = TextRules.Describe("ab\u0007", 2);

        Assert.Contains("U+0007", message, StringComparison.Ordinal);
        Assert.Contains("character 2", message, StringComparison.Ordinal);
    }
}
