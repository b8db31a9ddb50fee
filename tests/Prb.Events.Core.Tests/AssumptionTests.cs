using Prb.Events.Tests.Support;

namespace Prb.Events.Tests;

public sealed class AssumptionTests
{
    [Fact]
    public void Construction_KeepsValues()
    {
        var assumption = new Assumption("days[0].start", "Ogłoszenie nie podaje godziny rozpoczęcia.");

        Assert.Equal("days[0].start", assumption.Path);
        Assert.Equal("Ogłoszenie nie podaje godziny rozpoczęcia.", assumption.Note);
    }

    [Theory]
    [InlineData("path")]
    [InlineData("note")]
    public void Construction_Null_ThrowsArgumentNullForIt(string parameter)
    {
        var ex = Assert.Throws<ArgumentNullException>(() =>
            new Assumption(parameter == "path" ? null! : "days[0].start", parameter == "note" ? null! : "x"));

        Assert.Equal(parameter, ex.ParamName);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Construction_BlankPath_ThrowsArgumentForPath(string path)
    {
        var ex = Assert.Throws<ArgumentException>(() => new Assumption(path, "x"));

        Assert.Equal("path", ex.ParamName);
    }

    public static TheoryData<string, int> InvalidText => Text.InvalidIn("note");

    [Theory]
    [MemberData(nameof(InvalidText))]
    public void Construction_InvalidText_ThrowsArgumentForIt(string parameter, int sample)
    {
        Text.AssertRejected(parameter, () => new Assumption("days[0].start", Text.Invalid[sample]));
    }
}
