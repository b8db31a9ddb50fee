
namespace Prb.Events.Tests.Validation;

public sealed class DiagnosticTests
{
    [Fact]
    public void Construction_KeepsValues()
    {
        var d = new Diagnostic(DiagnosticCodes.RoomOverlap, DiagnosticSeverity.Error, "agenda[3]", "Nakładają się.", "agenda[1]");

        Assert.Equal("PRB1004", d.Code);
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Equal("agenda[3]", d.Path);
        Assert.Equal("Nakładają się.", d.Message);
        Assert.Equal("agenda[1]", d.RelatedPath);
    }

    [Theory]
    [InlineData("code")]
    [InlineData("path")]
    [InlineData("message")]
    public void Construction_Null_ThrowsArgumentNullForIt(string parameter)
    {
        var ex = Assert.Throws<ArgumentNullException>(() => new Diagnostic(
            parameter == "code" ? null! : "PRB1001", DiagnosticSeverity.Info,
            parameter == "path" ? null! : "title", parameter == "message" ? null! : "m"));

        Assert.Equal(parameter, ex.ParamName);
    }

    [Fact]
    public void Construction_UndefinedSeverity_ThrowsArgumentOutOfRangeForSeverity()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new Diagnostic("PRB1001", (DiagnosticSeverity)3, "title", "m"));

        Assert.Equal("severity", ex.ParamName);
    }

    [Fact]
    public void ToString_SeverityCodePathMessage()
    {
        var d = new Diagnostic(DiagnosticCodes.EndNotAfterStart, DiagnosticSeverity.Error, "agenda[3].end", "Koniec przed początkiem.");

        Assert.Equal("error PRB1002 agenda[3].end: Koniec przed początkiem.", d.ToString());
    }

    [Fact]
    public void ToString_EmptyPath_SaysDocument()
    {
        var d = new Diagnostic(DiagnosticCodes.RegistrationAfterStart, DiagnosticSeverity.Warning, "", "Za późno.");

        Assert.Equal("warning PRB1017 (document): Za późno.", d.ToString());
    }

    [Fact]
    public void Construction_AtDocumentPath_LocatesIt()
    {
        var d = new Diagnostic(DiagnosticCodes.RoomOverlap, DiagnosticSeverity.Error, "agenda[3]", "Nakładają się.", "agenda[1]");

        Assert.Equal(DiagnosticLocation.DocumentPath("agenda[3]"), d.Location);
        Assert.Equal(DiagnosticLocation.DocumentPath("agenda[1]"), d.RelatedLocation);
    }

    [Fact]
    public void Construction_WithoutRelatedPath_HasNoRelatedLocation()
    {
        var d = new Diagnostic(DiagnosticCodes.EndNotAfterStart, DiagnosticSeverity.Error, "agenda[3].end", "m");

        Assert.Null(d.RelatedLocation);
        Assert.Null(d.RelatedPath);
    }

    [Fact]
    public void Construction_AtInputPosition_HasNoDocumentPath()
    {
        var d = new Diagnostic("PRB2005", DiagnosticSeverity.Warning, DiagnosticLocation.Input(21, 1, "GEO"), "Zła pozycja.",
            DiagnosticLocation.Input(3, 1, "VEVENT"));

        Assert.Equal(DiagnosticLocation.Input(21, 1, "GEO"), d.Location);
        Assert.Equal(DiagnosticLocation.Input(3, 1, "VEVENT"), d.RelatedLocation);
        Assert.Null(d.Path);
        Assert.Null(d.RelatedPath);
    }

    [Fact]
    public void Construction_NullLocation_ThrowsArgumentNullForLocation()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => new Diagnostic("PRB2005", DiagnosticSeverity.Info, (DiagnosticLocation)null!, "m"));

        Assert.Equal("location", ex.ParamName);
    }

    [Fact]
    public void ToString_InputPosition_SeverityCodeLineColumnMessage()
    {
        var d = new Diagnostic("PRB2006", DiagnosticSeverity.Error, DiagnosticLocation.Input(42, 1, "DTSTART"), "nieznana strefa");

        Assert.Equal("error PRB2006 line 42, column 1 (DTSTART): nieznana strefa", d.ToString());
    }
}
