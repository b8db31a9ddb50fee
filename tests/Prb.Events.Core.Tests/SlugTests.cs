using CsCheck;

namespace Prb.Events.Tests;

public sealed class SlugTests
{
    [Theory]
    [InlineData("a")]
    [InlineData("prb-2011-wroclaw")]
    [InlineData("2011")]
    [InlineData("a-1-b")]
    public void Construction_SlugText_KeepsIt(string text)
    {
        var slug = new Slug(text);

        Assert.Equal(text, slug.Value);
        Assert.Equal(text, slug.ToString());
        Assert.True(Slug.IsValid(text));
    }

    [Fact]
    public void Construction_MaxLength_IsAccepted()
    {
        var text = new string('a', 100);

        Assert.Equal(100, Slug.MaxLength);
        Assert.Equal(text, new Slug(text).Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("-a")]
    [InlineData("a-")]
    [InlineData("a--b")]
    [InlineData("A")]
    [InlineData("prb_2011")]
    [InlineData("wrocław")]
    [InlineData("a b")]
    [InlineData("a.b")]
    public void Construction_NotASlug_ThrowsArgumentForValue(string text)
    {
        var ex = Assert.Throws<ArgumentException>(() => new Slug(text));

        Assert.Equal("value", ex.ParamName);
        Assert.False(Slug.IsValid(text));
    }

    [Fact]
    public void Construction_TooLong_ThrowsArgumentForValue()
    {
        var ex = Assert.Throws<ArgumentException>(() => new Slug(new string('a', 101)));

        Assert.Equal("value", ex.ParamName);
    }

    [Fact]
    public void Construction_Null_ThrowsArgumentNullForValue()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => new Slug(null!));

        Assert.Equal("value", ex.ParamName);
    }

    [Fact]
    public void Default_HasEmptyValue() => Assert.Equal(string.Empty, default(Slug).Value);

    [Theory]
    [InlineData("Biblioteki w partnerstwach lokalnych – dobre praktyki", "biblioteki-w-partnerstwach-lokalnych-dobre-praktyki")]
    [InlineData("II Konferencja Regionalna PRB", "ii-konferencja-regionalna-prb")]
    [InlineData("Wrocław", "wroclaw")]
    [InlineData("Łódź", "lodz")]
    [InlineData("ŁÓDŹ", "lodz")]
    [InlineData("Zażółć gęślą jaźń", "zazolc-gesla-jazn")]
    [InlineData("ZAŻÓŁĆ GĘŚLĄ JAŹŃ", "zazolc-gesla-jazn")]
    [InlineData("Świętokrzyskie", "swietokrzyskie")]
    [InlineData("Pejzaże znad Skoryni", "pejzaze-znad-skoryni")]
    [InlineData("Twardogóra", "twardogora")]
    [InlineData("Wręczenie nagród w konkursie „Dobre praktyki w bibliotece”", "wreczenie-nagrod-w-konkursie-dobre-praktyki-w-bibliotece")]
    [InlineData("PRB 2011: Wrocław!", "prb-2011-wroclaw")]
    [InlineData("  --Kraków--  ", "krakow")]
    [InlineData("Straße, Øresund, Æbleskiver, Œuvre, Đakovo", "strasse-oresund-aebleskiver-oeuvre-dakovo")]
    [InlineData("Biblioteka 📚 i 🎉 gala", "biblioteka-i-gala")]
    [InlineData("prb_2011.wroclaw~x", "prb-2011-wroclaw-x")]
    [InlineData("prb-2011-wroclaw", "prb-2011-wroclaw")]
    public void FromText_PolishAndOtherTitles_MapsToAscii(string text, string expected)
    {
        Assert.Equal(expected, Slug.FromText(text).Value);
    }

    [Fact]
    public void FromText_DecomposedDiacritics_LoseThemToo()
    {
        // "Łódź" with ó and ź written as base letter plus combining mark.
        Assert.Equal("lodz", Slug.FromText("Ło\u0301dz\u0301").Value);
    }

    [Fact]
    public void FromText_LongTitle_IsCutToMaxLengthWithoutTrailingHyphen()
    {
        // 40 words of two letters: "ab-ab-…" would be 119 characters.
        var text = string.Join(' ', Enumerable.Repeat("ab", 40));

        var slug = Slug.FromText(text).Value;

        Assert.True(slug.Length <= Slug.MaxLength);
        Assert.False(slug.EndsWith('-'));
        Assert.StartsWith("ab-ab-", slug, StringComparison.Ordinal);
        Assert.True(Slug.IsValid(slug));
        // 33 groups "ab" joined by hyphens make 98 characters; "-a" of the 34th makes 100, where the slug is cut.
        Assert.Equal(string.Join('-', Enumerable.Repeat("ab", 33)) + "-a", slug);
    }

    [Fact]
    public void FromText_LongWordWithSharpS_IsCutToMaxLength()
    {
        var text = new string('a', 99) + "ß";

        Assert.Equal(new string('a', 99) + "s", Slug.FromText(text).Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("– — …")]
    [InlineData("📚🎉")]
    [InlineData("Библиотека")]
    [InlineData("图书馆")]
    public void FromText_NothingToMap_ThrowsArgumentForText(string text)
    {
        var ex = Assert.Throws<ArgumentException>(() => Slug.FromText(text));

        Assert.Equal("text", ex.ParamName);
    }

    [Fact]
    public void FromText_LoneSurrogate_ThrowsArgument()
    {
        // Not text by the document's rules. The exception comes from string.Normalize and names its own
        // parameter ("strInput") rather than "text", so only the type is asserted here.
        Assert.ThrowsAny<ArgumentException>(() => Slug.FromText("ab" + '\uD800' + "cd"));
    }

    [Fact]
    public void FromText_Null_ThrowsArgumentNullForText()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => Slug.FromText(null!));

        Assert.Equal("text", ex.ParamName);
    }

    [Fact]
    public void FromText_AnyTextWithAnAsciiLetter_GivesAValidSlugThatMapsToItself()
    {
        var letters = Gen.Char["aAbBzZ09ąćęłńóśźżĄĆĘŁŃÓŚŹŻßøæœ -–_.,!?\t"];
        Gen.String[letters, 1, 300]
            .Where(s => s.Any(char.IsAsciiLetterOrDigit))
            .Sample(text =>
            {
                var slug = Slug.FromText(text).Value;
                Assert.True(Slug.IsValid(slug), $"'{slug}' from '{text}' is not a slug");
                Assert.InRange(slug.Length, 1, Slug.MaxLength);
                Assert.Equal(slug, Slug.FromText(slug).Value);
            }, iter: 2000);
    }
}
