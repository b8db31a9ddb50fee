namespace Prb.Events.Tests.Support;

/// <summary>What every typed id promises: 1–128 characters from A–Z, a–z, 0–9, '-', '_', '.', '~', compared ordinally.</summary>
/// <remarks>Each id type has its own test class deriving from this one, so a failure names the type.</remarks>
public abstract class IdContract<TId>
    where TId : struct
{
    private protected abstract TId Create(string value);

    private protected abstract bool TryParse(string? value, out TId id);

    private protected abstract string ValueOf(TId id);

    [Theory]
    [MemberData(nameof(IdSamples.ValidIds), MemberType = typeof(IdSamples))]
    public void Construction_ValidText_KeepsIt(string text)
    {
        var id = Create(text);

        Assert.Equal(text, ValueOf(id));
        Assert.Equal(text, id.ToString());
    }

    [Fact]
    public void Construction_Null_ThrowsArgumentNullForValue()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => Create(null!));

        Assert.Equal("value", ex.ParamName);
    }

    [Theory]
    [MemberData(nameof(IdSamples.InvalidIds), MemberType = typeof(IdSamples))]
    public void Construction_InvalidText_ThrowsArgumentForValue(string text)
    {
        var ex = Assert.Throws<ArgumentException>(() => Create(text));

        Assert.Equal("value", ex.ParamName);
    }

    [Theory]
    [MemberData(nameof(IdSamples.ValidIds), MemberType = typeof(IdSamples))]
    public void TryParse_ValidText_ReturnsTheId(string text)
    {
        Assert.True(TryParse(text, out var id));
        Assert.Equal(Create(text), id);
    }

    [Theory]
    [MemberData(nameof(IdSamples.InvalidIds), MemberType = typeof(IdSamples))]
    [InlineData(null)]
    public void TryParse_InvalidText_ReturnsFalseAndDefault(string? text)
    {
        Assert.False(TryParse(text, out var id));
        Assert.Equal(default, id);
    }

    [Fact]
    public void Default_HasEmptyValue()
    {
        Assert.Equal(string.Empty, ValueOf(default));
        Assert.Equal(string.Empty, default(TId).ToString());
    }

    [Fact]
    public void Equality_IsOrdinal()
    {
        Assert.Equal(Create("abc"), Create("abc"));
        Assert.NotEqual(Create("abc"), Create("ABC"));
        Assert.NotEqual(Create("abc"), default);
    }
}

/// <summary>Id texts every typed id accepts or rejects.</summary>
public static class IdSamples
{
    public static TheoryData<string> ValidIds => new()
    {
        "a",
        "prb-2011-wroclaw",
        "A.b_c~d-0",
        new string('x', 128),
    };

    public static TheoryData<string> InvalidIds => new()
    {
        "",
        " ",
        "z spacją",
        "wrocław",
        "a/b",
        "a?b",
        "a#b",
        "a\0b",
        new string('x', 129),
    };
}
