using Prb.Events.Internal;
using Prb.Events.Tests.Support;

namespace Prb.Events.Tests.Internal;

public sealed class PreconditionsTests
{
    [Fact]
    public void CheckNotNull_Null_NamesTheArgumentExpression()
    {
        string? municipality = null;

        var ex = Assert.Throws<ArgumentNullException>(() => Preconditions.CheckNotNull(municipality));

        Assert.Equal("municipality", ex.ParamName);
    }

    [Fact]
    public void CheckElements_Null_IsEmpty() => Assert.Empty(Preconditions.CheckElements<string>(null, "values"));

    [Fact]
    public void CheckElements_Copies_AndTheCopyIsReadOnly()
    {
        var source = new List<string> { "a", "b" };

        var copy = Preconditions.CheckElements(source, "values");
        source[0] = "z";

        Assert.Equal(["a", "b"], copy);
        Assert.Throws<NotSupportedException>(() => ((IList<string>)copy).Add("c"));
    }

    [Fact]
    public void CheckElements_NullElement_NamesTheParameterAndIndex()
    {
        var ex = Assert.Throws<ArgumentException>(() => Preconditions.CheckElements(["a", null!, "c"], "goals"));

        Assert.Equal("goals", ex.ParamName);
        Assert.Contains("Element 1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckText_Null_ThrowsArgumentNull()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => Preconditions.CheckText(null, "title"));

        Assert.Equal("title", ex.ParamName);
    }

    [Fact]
    public void CheckOptionalText_Null_IsNull() => Assert.Null(Preconditions.CheckOptionalText(null, "room"));

    [Fact]
    public void CheckText_EveryValidSample_ReturnsTheSameString()
    {
        foreach (var text in Text.Valid)
        {
            Assert.Same(text, Preconditions.CheckText(text, "title"));
        }
    }

    [Fact]
    public void CheckText_EveryInvalidSample_ThrowsArgumentForTheParameter()
    {
        foreach (var text in Text.Invalid)
        {
            Text.AssertRejected("title", () => Preconditions.CheckText(text, "title"));
        }
    }

    [Fact]
    public void CheckOptionalAbsoluteUri_Relative_ThrowsArgument()
    {
        var ex = Assert.Throws<ArgumentException>(() => Preconditions.CheckOptionalAbsoluteUri(new Uri("a/b", UriKind.Relative), "url"));

        Assert.Equal("url", ex.ParamName);
    }

    [Fact]
    public void CheckDefined_FlagsOutsideTheEnum_ThrowsArgumentOutOfRange()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Preconditions.CheckDefined((DayOfWeek)7, "day"));

        Assert.Equal("day", ex.ParamName);
        Assert.Equal((DayOfWeek)7, ex.ActualValue);
    }
}
