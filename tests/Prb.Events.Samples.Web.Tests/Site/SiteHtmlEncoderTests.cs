using System.Buffers;
using Prb.Events.Samples.Web.Site;

namespace Prb.Events.Samples.Web.Tests.Site;

/// <summary>The page encoder at its edges: C1 controls and characters beyond the Basic Multilingual Plane are written as
/// themselves, everything HTML cannot hold (markup, DEL, lone surrogates, noncharacters) is still encoded.</summary>
public class SiteHtmlEncoderTests
{
    private static readonly SiteHtmlEncoder Encoder = SiteHtmlEncoder.Instance;

    [Theory]
    [InlineData("\u0080")]
    [InlineData("\u0085")]
    [InlineData("\u009F")]
    [InlineData("a\u0080b\u009Fc")]
    public void C1Controls_AreWrittenAsThemselves(string text)
    {
        Assert.Equal(text, Encoder.Encode(text));
    }

    [Theory]
    [InlineData(0x7F)]
    [InlineData(0x3C)]
    public void JustBelowTheC1Range_StillEncoded(int scalar)
    {
        Assert.True(Encoder.WillEncode(scalar));
        Assert.Equal($"&#x{scalar:X};".Replace("&#x3C;", "&lt;", StringComparison.Ordinal), Encoder.Encode(char.ConvertFromUtf32(scalar)));
    }

    [Theory]
    [InlineData(0x80)]
    [InlineData(0x9F)]
    [InlineData(0x10000)]
    [InlineData(0x1F994)]
    [InlineData(0x10FFFD)]
    public void C1AndSupplementaryScalars_AreNotEncoded(int scalar)
    {
        Assert.False(Encoder.WillEncode(scalar));
    }

    [Theory]
    [InlineData("\U00010000")]
    [InlineData("🦔 Zażółć gęślą jaźń שלום")]
    [InlineData("\U0010FFFD")]
    [InlineData("🏴\U000E0067\U000E0062\U000E0073\U000E0063\U000E0074\U000E007F")]
    public void SupplementaryCharacters_AreWrittenAsThemselves(string text)
    {
        Assert.Equal(text, Encoder.Encode(text));
    }

    [Theory]
    [InlineData(0x1FFFE)]
    [InlineData(0x1FFFF)]
    [InlineData(0x10FFFF)]
    public void SupplementaryNoncharacters_AreEncoded(int scalar)
    {
        Assert.True(Encoder.WillEncode(scalar));
        var encoded = Encoder.Encode("a" + char.ConvertFromUtf32(scalar));
        Assert.Equal($"a&#x{scalar:X};", encoded);
    }

    [Theory]
    [InlineData("a\uD83D")]
    [InlineData("\uDC00b")]
    [InlineData("\uDC00\uD83D")]
    public void LoneSurrogates_AreNotWrittenAsThemselves(string text)
    {
        var encoded = Encoder.Encode(text);

        Assert.DoesNotContain(encoded, char.IsSurrogate);
        Assert.Equal(new string(text.Select(c => char.IsSurrogate(c) ? '\uFFFD' : c).ToArray()), encoded);
    }

    [Fact]
    public void Markup_AfterAnEmoji_IsStillEncoded()
    {
        Assert.Equal("🦔&lt;/p&gt;\u0085&amp;", Encoder.Encode("🦔</p>\u0085&"));
    }

    [Theory]
    [InlineData("🦔", 2)]
    [InlineData("\u0085", 1)]
    public void ABufferTooSmall_AsksForMore_AndAnExactOneIsEnough(string text, int length)
    {
        var tooSmall = new char[length - 1];
        Assert.Equal(OperationStatus.DestinationTooSmall, Encoder.Encode(text, tooSmall, out _, out var none));
        Assert.Equal(0, none);

        var exact = new char[length];
        Assert.Equal(OperationStatus.Done, Encoder.Encode(text, exact, out var read, out var written));
        Assert.Equal((text.Length, length), (read, written));
        Assert.Equal(text, new string(exact));
    }
}
