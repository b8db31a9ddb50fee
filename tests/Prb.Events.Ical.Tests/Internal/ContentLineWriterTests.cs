using System.Text;
using NodaTime;
using Prb.Events.Ical.Internal;

namespace Prb.Events.Ical.Tests.Internal;

public class ContentLineWriterTests
{
    private static string Write(Action<ContentLineWriter> write)
    {
        using var buffer = new PooledByteBuffer();
        write(new ContentLineWriter(buffer));
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    [Theory]
    [InlineData("plain", "X;CN=plain:v\r\n")]
    [InlineData("a;b", "X;CN=\"a;b\":v\r\n")]
    [InlineData("a:b,c", "X;CN=\"a:b,c\":v\r\n")]
    [InlineData("say \"hi\"", "X;CN=say ^'hi^':v\r\n")]
    [InlineData("x^y", "X;CN=x^^y:v\r\n")]
    [InlineData("line\r\nbreak\rand\nmore", "X;CN=line^nbreak^nand^nmore:v\r\n")]
    [InlineData("bell\u0007", "X;CN=bell\uFFFD:v\r\n")]
    public void Parameter_values_are_quoted_and_rfc6868_encoded(string value, string expected)
    {
        var text = Write(w =>
        {
            w.Begin("X");
            w.Parameter("CN", value);
            w.ValueStart();
            w.Ascii("v");
            w.End();
        });
        Assert.Equal(expected, text);
        Assert.Equal(value.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Replace('\u0007', '\uFFFD'),
            ContentLineReader.Parse(1, text.TrimEnd('\r', '\n'), out _)!.Parameter("CN"));
    }

    [Fact]
    public void Lines_fold_at_75_octets_before_a_character_that_would_pass_them()
    {
        var text = Write(w => w.TextLine("SUMMARY", new string('a', 65) + "ł😀b"));
        Assert.Equal("SUMMARY:" + new string('a', 65) + "ł\r\n 😀b\r\n", text);
        Assert.Equal(75, Encoding.UTF8.GetByteCount("SUMMARY:" + new string('a', 65) + "ł"));
    }

    [Fact]
    public void Durations_and_offsets_have_the_rfc_form()
    {
        Assert.Equal("PT15M", Write(w => w.DurationValue(Duration.FromMinutes(15))));
        Assert.Equal("-PT15M", Write(w => w.DurationValue(Duration.FromMinutes(-15))));
        Assert.Equal("P1DT2H", Write(w => w.DurationValue(Duration.FromHours(26))));
        Assert.Equal("PT0S", Write(w => w.DurationValue(Duration.Zero)));
        Assert.Equal("+0545", Write(w => w.UtcOffset(Offset.FromHoursAndMinutes(5, 45))));
        Assert.Equal("-0330", Write(w => w.UtcOffset(Offset.FromHoursAndMinutes(-3, -30))));
        Assert.Equal("+012405", Write(w => w.UtcOffset(Offset.FromSeconds(5045))));
    }
}
