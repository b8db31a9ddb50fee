using System.Text;

namespace Prb.Events.Tests.Serialization;

public sealed class EventDocumentExceptionTests
{
    [Fact]
    public void Construction_KeepsValues()
    {
        var inner = new InvalidOperationException("x");

        var ex = new EventDocumentException("$.agenda[3].end", "Zły czas.", 4, 17, inner);

        Assert.Equal("$.agenda[3].end", ex.Path);
        Assert.Equal("Zły czas.", ex.Reason);
        Assert.Equal(4, ex.Line);
        Assert.Equal(17, ex.ByteColumn);
        Assert.Same(inner, ex.InnerException);
        Assert.Equal("$.agenda[3].end: Zły czas. (line 4, byte 17)", ex.Message);
    }

    [Fact]
    public void Construction_WithoutPosition_HasNone()
    {
        var ex = new EventDocumentException("$.title", "Pusty.");

        Assert.Null(ex.Line);
        Assert.Null(ex.ByteColumn);
        Assert.Equal("$.title: Pusty.", ex.Message);
    }

    [Fact]
    public void Construction_LineOnly_SaysTheLine()
    {
        Assert.Equal("$: Zły. (line 2)", new EventDocumentException("$", "Zły.", 2).Message);
    }

    [Theory]
    [InlineData(0L, null, "line")]
    [InlineData(-1L, null, "line")]
    [InlineData(1L, 0L, "byteColumn")]
    public void Construction_PositionBelowOne_ThrowsArgumentOutOfRangeForIt(long? line, long? byteColumn, string parameter)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new EventDocumentException("$", "x", line, byteColumn));

        Assert.Equal(parameter, ex.ParamName);
    }

    [Fact]
    public void Construction_ByteColumnWithoutLine_ThrowsArgumentForByteColumn()
    {
        var ex = Assert.Throws<ArgumentException>(() => new EventDocumentException("$", "x", null, 3));

        Assert.Equal("byteColumn", ex.ParamName);
    }

    [Fact]
    public void Read_ErrorOnTheFourthLine_ReportsLineFourAndTheOneBasedByteInIt()
    {
        // 'x' is the 21st character of its line but its 25th byte: ż, ó, ł and ć take two bytes each in UTF-8.
        const string json = "{\n  \"formatVersion\": \"1.0\",\n  \"id\": \"a\",\n  \"title\": \"Zażółć\" x\n}";
        var line = json.Split('\n')[3];
        Assert.Equal(20, line.IndexOf('x', StringComparison.Ordinal));
        Assert.Equal(24, Encoding.UTF8.GetByteCount(line[..line.IndexOf('x', StringComparison.Ordinal)]));

        var ex = Assert.Throws<EventDocumentException>(() => EventDocumentSerializer.Read(json));

        Assert.Equal(4, ex.Line);
        Assert.Equal(25, ex.ByteColumn);
        Assert.EndsWith("(line 4, byte 25)", ex.Message, StringComparison.Ordinal);
    }
}
