namespace Prb.Events.Tests.Validation;

public sealed class DiagnosticLocationTests
{
    [Fact]
    public void DocumentPath_KeepsThePathAndHasNoPosition()
    {
        var location = DiagnosticLocation.DocumentPath("agenda[3].end");

        Assert.Equal(DiagnosticLocationKind.DocumentPath, location.Kind);
        Assert.Equal("agenda[3].end", location.Path);
        Assert.Null(location.Line);
        Assert.Null(location.Column);
        Assert.Null(location.Element);
    }

    [Fact]
    public void DocumentPath_Empty_IsTheWholeDocument()
    {
        Assert.Same(DiagnosticLocation.Document, DiagnosticLocation.DocumentPath(""));
        Assert.Equal(string.Empty, DiagnosticLocation.Document.Path);
        Assert.Equal(DiagnosticLocationKind.DocumentPath, DiagnosticLocation.Document.Kind);
    }

    [Fact]
    public void DocumentPath_Null_ThrowsArgumentNullForPath()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => DiagnosticLocation.DocumentPath(null!));

        Assert.Equal("path", ex.ParamName);
    }

    [Fact]
    public void Input_KeepsTheOneBasedPositionAndHasNoPath()
    {
        var location = DiagnosticLocation.Input(7, 1, "DTSTART");

        Assert.Equal(DiagnosticLocationKind.Input, location.Kind);
        Assert.Equal(7, location.Line);
        Assert.Equal(1, location.Column);
        Assert.Equal("DTSTART", location.Element);
        Assert.Null(location.Path);
    }

    [Fact]
    public void Input_WithoutElement_HasNone()
    {
        Assert.Null(DiagnosticLocation.Input(1, 1).Element);
    }

    [Theory]
    [InlineData(0, 1, "line")]
    [InlineData(-1, 1, "line")]
    [InlineData(1, 0, "column")]
    [InlineData(1, -5, "column")]
    public void Input_PositionBelowOne_ThrowsArgumentOutOfRangeForIt(int line, int column, string parameter)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => DiagnosticLocation.Input(line, column));

        Assert.Equal(parameter, ex.ParamName);
    }

    [Fact]
    public void ToString_SaysWhatTheLocationIs()
    {
        Assert.Equal("agenda[3].end", DiagnosticLocation.DocumentPath("agenda[3].end").ToString());
        Assert.Equal("(document)", DiagnosticLocation.Document.ToString());
        Assert.Equal("line 7, column 1 (DTSTART)", DiagnosticLocation.Input(7, 1, "DTSTART").ToString());
        Assert.Equal("line 12, column 40", DiagnosticLocation.Input(12, 40).ToString());
    }

    [Fact]
    public void Equality_SamePlaceNamedTheSameWay()
    {
        Assert.Equal(DiagnosticLocation.DocumentPath("title"), DiagnosticLocation.DocumentPath("title"));
        Assert.Equal(DiagnosticLocation.DocumentPath("title").GetHashCode(), DiagnosticLocation.DocumentPath("title").GetHashCode());
        Assert.Equal(DiagnosticLocation.Input(7, 1, "DTSTART"), DiagnosticLocation.Input(7, 1, "DTSTART"));
        Assert.Equal(DiagnosticLocation.Input(7, 1, "DTSTART").GetHashCode(), DiagnosticLocation.Input(7, 1, "DTSTART").GetHashCode());

        Assert.NotEqual(DiagnosticLocation.DocumentPath("title"), DiagnosticLocation.DocumentPath("Title"));
        Assert.NotEqual(DiagnosticLocation.Input(7, 1, "DTSTART"), DiagnosticLocation.Input(7, 2, "DTSTART"));
        Assert.NotEqual(DiagnosticLocation.Input(7, 1, "DTSTART"), DiagnosticLocation.Input(8, 1, "DTSTART"));
        Assert.NotEqual(DiagnosticLocation.Input(7, 1, "DTSTART"), DiagnosticLocation.Input(7, 1));
        Assert.False(DiagnosticLocation.Input(1, 1).Equals(null));
        Assert.False(DiagnosticLocation.Document.Equals("(document)"));
    }
}
