using System.Globalization;

namespace Prb.Events.Internal;

/// <summary>Which characters document text may hold: what XML 1.0, iCalendar and JSON can all carry unchanged.</summary>
internal static class TextRules
{
    /// <summary>Returns the index of the first character that is not allowed, or null.</summary>
    internal static int? FindInvalid(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                    continue;
                }

                return i;
            }

            if (char.IsLowSurrogate(c) || (c < ' ' && c is not ('\t' or '\n' or '\r')) || c is '\u007F' or '\uFFFE' or '\uFFFF')
            {
                return i;
            }
        }

        return null;
    }

    internal static string Describe(string text, int index) =>
        string.Create(CultureInfo.InvariantCulture,
            $"Text must not contain U+{(int)text[index]:X4} (at character {index}): control characters other than tab and line breaks (DEL included), lone surrogates and non-characters cannot be carried by every output format.");
}
