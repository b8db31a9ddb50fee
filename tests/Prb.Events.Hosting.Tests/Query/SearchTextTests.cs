using CsCheck;

namespace Prb.Events.Hosting.Tests.Query;

public class SearchTextTests
{
    [Theory]
    [InlineData("Żółw", "zolw")]
    [InlineData("ŁĄKA ŚĆIEŻKA", "laka scIezka")]
    [InlineData("Źdźbło", "zdzblo")]
    [InlineData("ﬁlm", "film")]
    [InlineData("żółw 🐢", "zolw 🐢")]
    public void Fold_RemovesCaseAndDiacritics(string text, string expected) =>
        Assert.Equal(SearchText.Fold(expected), SearchText.Fold(text));

    [Fact]
    public void Fold_PolishLetters_FoldToTheirAsciiBase()
    {
        const string Polish = "ąćęłńóśźżĄĆĘŁŃÓŚŹŻ";
        const string Ascii = "acelnoszzacelnoszz";
        Gen.Int[0, Polish.Length - 1].Array[1, 30].Sample(indexes =>
        {
            var text = new string([.. indexes.Select(i => Polish[i])]);
            var plain = new string([.. indexes.Select(i => Ascii[i])]);
            Assert.Equal(plain, SearchText.Fold(text));
        });
    }

    [Fact]
    public void Fold_IsIdempotent() =>
        Gen.String.Sample(s => Assert.Equal(SearchText.Fold(s), SearchText.Fold(SearchText.Fold(s))));

    [Fact]
    public void ContainsAllWords_NeedsEveryWord()
    {
        var folded = SearchText.Fold("Żółw czyta dzieciom w Łodzi");

        Assert.True(SearchText.ContainsAllWords(folded, "ZOLW lodzi"));
        Assert.True(SearchText.ContainsAllWords(folded, "  "));
        Assert.False(SearchText.ContainsAllWords(folded, "zolw krakow"));
    }

    [Fact]
    public void Fold_Null_Throws() => Assert.Throws<ArgumentNullException>(() => SearchText.Fold(null!));
}
