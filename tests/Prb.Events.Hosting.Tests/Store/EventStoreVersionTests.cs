namespace Prb.Events.Hosting.Tests.Store;

/// <summary>A store's version token: its text back unchanged, compared by text, and never empty unless default.</summary>
public sealed class EventStoreVersionTests
{
    [Theory]
    [InlineData("1")]
    [InlineData("sha256-3q2+7w==")]
    [InlineData("wersja źdźbła 🌾 גרסה")]
    public void The_text_of_a_version_comes_back_unchanged(string text)
    {
        var version = new EventStoreVersion(text);

        Assert.Equal(text, version.Value);
        Assert.Equal(text, version.ToString());
    }

    [Fact]
    public void Versions_of_one_text_are_equal_and_of_another_are_not()
    {
        Assert.Equal(new EventStoreVersion("abc"), new EventStoreVersion(new string(['a', 'b', 'c'])));
        Assert.NotEqual(new EventStoreVersion("abc"), new EventStoreVersion("ABC"));
        Assert.NotEqual(new EventStoreVersion("abc"), default);
    }

    [Fact]
    public void The_default_version_has_empty_text()
    {
        EventStoreVersion none = default;

        Assert.Equal(string.Empty, none.Value);
        Assert.Equal(string.Empty, none.ToString());
    }

    [Fact]
    public void A_null_text_is_refused_naming_value() =>
        Assert.Equal("value", Assert.Throws<ArgumentNullException>(() => new EventStoreVersion(null!)).ParamName);

    [Fact]
    public void An_empty_text_is_refused_naming_value() =>
        Assert.Equal("value", Assert.Throws<ArgumentException>(() => new EventStoreVersion(string.Empty)).ParamName);
}
