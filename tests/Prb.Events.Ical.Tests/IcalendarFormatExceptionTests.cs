namespace Prb.Events.Ical.Tests;

public class IcalendarFormatExceptionTests
{
    [Fact]
    public void Construction_WithLine_KeepsTheOneBasedLineAndSaysIt()
    {
        var ex = new IcalendarFormatException("not iCalendar.", 3);

        Assert.Equal(3, ex.Line);
        Assert.Equal("line 3: not iCalendar.", ex.Message);
    }

    [Fact]
    public void Construction_WithoutLine_HasNone()
    {
        var ex = new IcalendarFormatException("empty.", (int?)null);

        Assert.Null(ex.Line);
        Assert.Equal("empty.", ex.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Construction_LineBelowOne_ThrowsArgumentOutOfRangeForLine(int line)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new IcalendarFormatException("x", line));

        Assert.Equal("line", ex.ParamName);
    }

    [Fact]
    public void Importer_FirstLineNotBeginVcalendar_NamesItsOneBasedLine()
    {
        var ex = Assert.Throws<IcalendarFormatException>(() => new IcalendarImporter().Read("\r\n\r\nhello world\r\n"));

        Assert.Equal(3, ex.Line);
        Assert.StartsWith("line 3: ", ex.Message, StringComparison.Ordinal);
    }
}
