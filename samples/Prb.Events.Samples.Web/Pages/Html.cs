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
            _html.Append(Encoder.Encode(text));
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
            _html.Append(' ').Append(name).Append("=\"").Append(Encoder.Encode(value)).Append('"');
        }

        return this;
    }

    public override string ToString() => _html.ToString();
}
