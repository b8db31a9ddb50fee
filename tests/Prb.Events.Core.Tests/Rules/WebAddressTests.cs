using System.Text;
using CsCheck;

namespace Prb.Events.Tests.Rules;

public sealed class WebAddressTests
{
    private static readonly Gen<Uri> Urls = Gen.Select(
            Gen.OneOf("https://", "http://", "HTTPS://", "ftp://", "mailto:ktoś@", "mailto:"),
            Gen.OneOf("example.org", "zażółć.example", "ZAŻÓŁĆ.pl", "bibliotéka.example:8080", "user:pw@żółw.pl", "127.0.0.1", "[::1]", "例え.jp", "ß.de"),
            Gen.Char["aZ09-._~:/?#[]@!$&'()*+,;=% {}|^`\"<>\\ąęłżŁó😀\r\n\t\u00A0"].Array[0, 16],
            (scheme, host, path) => scheme + host + (path.Length > 0 && path[0] != '/' ? "/" : string.Empty) + new string(path))
        .Where(text => Uri.TryCreate(text, UriKind.Absolute, out _))
        .Select(text => new Uri(text));

    [Fact]
    public void IsAbsolute_OnlyAnAbsoluteUrl()
    {
        Assert.True(WebAddress.IsAbsolute(new Uri("https://example.org/")));
        Assert.True(WebAddress.IsAbsolute(new Uri("mailto:bjasiak@wbp.wroc.pl")));
        Assert.False(WebAddress.IsAbsolute(new Uri("/wydarzenia", UriKind.Relative)));
        Assert.False(WebAddress.IsAbsolute(null));
    }

    [Theory]
    [InlineData("https://example.org/", true)]
    [InlineData("http://example.org/", true)]
    [InlineData("HTTPS://EXAMPLE.org/", true)]
    [InlineData("ftp://example.org/", false)]
    [InlineData("mailto:bjasiak@wbp.wroc.pl", false)]
    [InlineData("urn:isbn:0451450523", false)]
    public void IsHttp_OnlyHttpAndHttps(string url, bool expected)
    {
        Assert.Equal(expected, WebAddress.IsHttp(new Uri(url)));
    }

    [Fact]
    public void IsHttp_RelativeOrNull_IsFalse()
    {
        Assert.False(WebAddress.IsHttp(new Uri("/wydarzenia", UriKind.Relative)));
        Assert.False(WebAddress.IsHttp(null));
    }

    [Theory]
    [InlineData("https://www.wbp.wroc.pl/prb", "https://www.wbp.wroc.pl/prb")]
    [InlineData("https://zażółć.example/ścieżka?q=ę#program", "https://xn--za-6ja4f8n1l.example/%C5%9Bcie%C5%BCka?q=%C4%99#program")]
    [InlineData("https://user:pa ss@zażółć.example:8080/a b", "https://user:pa%20ss@xn--za-6ja4f8n1l.example:8080/a%20b")]
    [InlineData("https://example.org/a\r\nATTENDEE:mailto:evil@example.org", "https://example.org/a%0D%0AATTENDEE:mailto:evil@example.org")]
    [InlineData("https://example.org/a{b}c|d^e`f\"g<h>i", "https://example.org/a%7Bb%7Dc%7Cd%5Ee%60f%22g%3Ch%3Ei")]
    [InlineData("https://example.org/100%", "https://example.org/100%25")]
    [InlineData("https://example.org/📚", "https://example.org/%F0%9F%93%9A")]
    [InlineData("http://[::1]:8080/x", "http://[::1]:8080/x")]
    [InlineData("urn:x:a b{c}", "urn:x:a%20b%7Bc%7D")]
    public void ToAscii_HostInIdnaForm_EverythingElsePercentEncoded(string url, string expected)
    {
        Assert.Equal(expected, WebAddress.ToAscii(new Uri(url)));
    }

    [Fact]
    public void ToAscii_MailtoWithAnInternationalHost_KeepsItsSchemeDelimiter()
    {
        // iCalendar wrote "mailto://kto%C5%9B@…" here, which names a host "kto%C5%9B@xn--…" instead of an address;
        // the schedules wrote "mailto:", which is right.
        Assert.Equal("mailto:kto%C5%9B@xn--za-6ja4f8n1l.pl", WebAddress.ToAscii(new Uri("mailto:ktoś@zażółć.pl")));
    }

    [Theory]
    [InlineData("https://www.exa\uFFFDple.org/wydarzenia")]
    [InlineData("https://x\u0378y.pl/")]
    [InlineData("https://zażółć.example\u00A0/")]
    [InlineData("https://-ź/")]
    public void ToAscii_AHostWithNoAsciiForm_LeadsNowhere(string url)
    {
        // The first two are hosts IDNA refuses; a no-break space becomes a space in IDNA, and "-ź" is no DNS name, so
        // their ASCII text is not a URL. iCalendar wrote such text percent-encoded, and the schedules threw.
        Assert.Null(WebAddress.ToAscii(new Uri(url)));
    }

    [Fact]
    public void ToAscii_RelativeOrNull_IsNull()
    {
        Assert.Null(WebAddress.ToAscii(new Uri("wydarzenia/prb", UriKind.Relative)));
        Assert.Null(WebAddress.ToAscii(null));
    }

    [Fact]
    public void ToAscii_IsAsciiUrlText_ThatReadsBackToItself()
    {
        Urls.Sample(url =>
        {
            if (WebAddress.ToAscii(url) is not { } ascii)
            {
                return;
            }

            Assert.True(Ascii.IsValid(ascii), ascii);
            Assert.DoesNotContain(ascii, c => c is ' ' or '"' or '<' or '>' or '\\' or '{' or '}' or '|' or '^' or '`' || char.IsControl(c));
            Assert.True(Uri.TryCreate(ascii, UriKind.Absolute, out var again), ascii);
            Assert.Equal(ascii, WebAddress.ToAscii(again));
        }, iter: 2000);
    }

    [Fact]
    public void ToAscii_AnAsciiUrl_LeadsWhereTheUrlLeads()
    {
        Urls.Sample(url =>
        {
            if (WebAddress.ToAscii(url) is { } ascii && url.HostNameType == UriHostNameType.Dns)
            {
                Assert.Equal(url.Scheme, new Uri(ascii).Scheme);
                Assert.Equal(url.IdnHost, new Uri(ascii).IdnHost);
                Assert.Equal(url.Port, new Uri(ascii).Port);
            }
        }, iter: 2000);
    }

    [Theory]
    [InlineData("bjasiak@wbp.wroc.pl", "mailto:bjasiak@wbp.wroc.pl")]
    [InlineData("b.jasiak+prb@wbp.wroc.pl", "mailto:b.jasiak+prb@wbp.wroc.pl")]
    [InlineData("ktoś@żółw.pl", "mailto:kto%C5%9B@xn--w-uga1v8h.pl")]
    public void ToMailto_AValidAddress_IsAnAsciiMailtoUri(string email, string expected)
    {
        Assert.Equal(expected, WebAddress.ToMailto(email));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Beata Jasiak <bjasiak@wbp.wroc.pl>")]
    [InlineData("bjasiak@wbp")]
    [InlineData("bjasiak@wbp.wroc.pl\r\nATTENDEE:x")]
    public void ToMailto_NotAPlainAddress_IsNull(string? email)
    {
        Assert.Null(WebAddress.ToMailto(email));
    }
}
