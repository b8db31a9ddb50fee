using System.Text;
using CsCheck;
using Prb.Events.Tests.Support;

namespace Prb.Events.Tests.Rules;

public sealed class EventTextTests
{
    /// <summary>Every UTF-16 code unit a test may put in text: ASCII controls and DEL, letters, line breaks, both
    /// halves of surrogate pairs, C1 controls and the non-characters.</summary>
    private static readonly Gen<string> AnyText =
        Gen.Char["\0\u0001\u0007\t\n\r\u001B\u001F aZ09ąŁ\u007F\u0085\u00A0\u200F\uD83D\uDCDA\uDBFF\uDC00\uFFFD\uFFFE\uFFFF"].Array[0, 40]
            .Select(chars => new string(chars));

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
    [InlineData("DEL", 0x007F, "", 3)]
    [InlineData("ok\0", 0x0041, "", 2)]
    public void IndexOfInvalid_ReturnsTheFirstBadIndex(string before, int bad, string after, int expected)
    {
        var text = before + (char)bad + after;

        Assert.Equal(expected, EventText.IndexOfInvalid(text));
        Assert.False(EventText.IsValid(text));
    }

    [Fact]
    public void IndexOfInvalid_EveryC0ControlButTabLfCr_IsInvalid()
    {
        for (var c = '\0'; c < ' '; c++)
        {
            var allowed = c is '\t' or '\n' or '\r';
            Assert.Equal(allowed ? -1 : 1, EventText.IndexOfInvalid($"a{c}b"));
        }
    }

    [Fact]
    public void IndexOfInvalid_EveryValidSample_IsMinusOne()
    {
        foreach (var text in Text.Valid)
        {
            Assert.Equal(-1, EventText.IndexOfInvalid(text));
            Assert.True(EventText.IsValid(text));
        }
    }

    [Fact]
    public void IndexOfInvalid_EveryInvalidSample_IsFound()
    {
        foreach (var text in Text.Invalid)
        {
            Assert.InRange(EventText.IndexOfInvalid(text), 0, text.Length - 1);
        }
    }

    [Fact]
    public void IndexOfInvalid_SurrogatePairsOutsideTheBmp_AreText()
    {
        Assert.Equal(-1, EventText.IndexOfInvalid("\U0001F4DA\U0001F389\U00010000\U0010FFFD"));
    }

    [Fact]
    public void IsValid_AgreesWithTheModel()
    {
        // The rule is the one the model's constructors keep: what it accepts, a person's name accepts.
        AnyText.Sample(text =>
        {
            var accepted = Record.Exception(() => new Person(new PersonId("p"), "Ktoś", jobTitle: text)) is null;
            Assert.Equal(EventText.IsValid(text), accepted);
        });
    }

    [Fact]
    public void ReplaceInvalid_ValidText_IsTheSameInstance()
    {
        foreach (var text in Text.Valid)
        {
            Assert.Same(text, EventText.ReplaceInvalid(text));
        }
    }

    [Theory]
    [InlineData("a\0b", "a\uFFFDb")]
    [InlineData("DEL\u007F", "DEL\uFFFD")]
    [InlineData("\uFFFE\uFFFF", "\uFFFD\uFFFD")]
    [InlineData("📚\u0007📚", "📚\uFFFD📚")]
    [InlineData("tab\tline\r\n", "tab\tline\r\n")]
    public void ReplaceInvalid_ReplacesEachBadCodeUnitWithOneReplacementCharacter(string text, string expected)
    {
        Assert.Equal(expected, EventText.ReplaceInvalid(text));
    }

    // Given by their codes so that no runner re-encodes a lone surrogate in the test's name.
    [Theory]
    [InlineData(new[] { 'x', 0xD83D, 'y', 0xDE00 }, new[] { 'x', 0xFFFD, 'y', 0xFFFD })]
    [InlineData(new[] { 0xDE00, 0xD83D }, new[] { 0xFFFD, 0xFFFD })]
    [InlineData(new[] { 0xD83D, 0xD83D, 0xDCDA }, new[] { 0xFFFD, 0xD83D, 0xDCDA })]
    [InlineData(new[] { 0xD83D, 0xDCDA, 0xDCDA }, new[] { 0xD83D, 0xDCDA, 0xFFFD })]
    public void ReplaceInvalid_LoneSurrogates_EachBecomeOneReplacementCharacter(int[] text, int[] expected)
    {
        Assert.Equal(Chars(expected), EventText.ReplaceInvalid(Chars(text)));
    }

    [Fact]
    public void ReplaceInvalid_KeepsTheRule_TheLength_AndEveryValidCodeUnit()
    {
        AnyText.Sample(text =>
        {
            var replaced = EventText.ReplaceInvalid(text);

            Assert.True(EventText.IsValid(replaced));
            Assert.Equal(text.Length, replaced.Length);
            Assert.Equal(replaced, EventText.ReplaceInvalid(replaced));
            for (var i = 0; i < text.Length; i++)
            {
                Assert.True(replaced[i] == text[i] || replaced[i] == '\uFFFD');
            }
        });
    }

    [Fact]
    public void ReplaceInvalid_GivesWhatUtf8ReplacesToo()
    {
        // For lone surrogates the rule agrees with the UTF-8 encoder, which replaces each by U+FFFD as well.
        const string text = "a\uD83Db\uDE00c";

        Assert.Equal(Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text)), EventText.ReplaceInvalid(text));
    }

    [Fact]
    public void ReplaceInvalid_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => EventText.ReplaceInvalid(null!));
    }

    [Fact]
    public void Describe_NamesTheCodePointAndIndex()
    {
        var message = EventText.Describe("ab\u0007", 2);

        Assert.Contains("U+0007", message, StringComparison.Ordinal);
        Assert.Contains("character 2", message, StringComparison.Ordinal);
    }

    private static string Chars(int[] codes) => new(codes.Select(c => (char)c).ToArray());
}
