using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Prb.Events.Samples.Web.Pages;

/// <summary>A small HTML writer: every piece of text goes through the HTML encoder, so nothing from an event
/// document can open a tag, close a script or break an attribute.</summary>
internal sealed class Html
{
    /// <summary>Letters of every script stay as they are; markup characters, quotes and what HTML cannot hold are encoded.</summary>
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly StringBuilder _html = new();

    public Html Raw(string markup)
    {
        _html.Append(markup);
        return this;
    }

    public Html Text(string? text)
    {
        if (text is not null)
        {
            Encode(text);
        }

        return this;
    }

    /// <summary>Text with its line breaks kept as &lt;br&gt;.</summary>
    public Html Lines(string? text)
    {
        if (text is null)
        {
            return this;
        }

        var first = true;
        foreach (var line in text.ReplaceLineEndings("\n").Split('\n'))
        {
            if (!first)
            {
                _html.Append("<br>");
            }

            Text(line);
            first = false;
        }

        return this;
    }

    public Html Attribute(string name, string? value)
    {
        if (value is not null)
        {
            _html.Append(' ').Append(name).Append("=\"");
            Encode(value);
            _html.Append('"');
        }

        return this;
    }

    public override string ToString() => _html.ToString();

    /// <summary>Encodes text, except C1 controls (U+0080 to U+009F, which event text may hold): the encoder would write
    /// them as references such as &amp;#x85;, and HTML reads references 0x80 to 0x9F as windows-1252 characters
    /// (&amp;#x85; is "…", &amp;#x80; "€"). Written as themselves they stay themselves, and cannot open or close anything.</summary>
    private void Encode(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is >= '\u0080' and <= '\u009F')
            {
                _html.Append(Encoder.Encode(text[start..i])).Append(text[i]);
                start = i + 1;
            }
        }

        _html.Append(start == 0 ? Encoder.Encode(text) : Encoder.Encode(text[start..]));
    }
}
