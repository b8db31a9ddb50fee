using System.Globalization;
using System.Text;
using Prb.Events.Internal;

namespace Prb.Events;

/// <summary>A URL-safe name for an event: lower-case ASCII letters and digits in groups joined by single hyphens.</summary>
/// <remarks>Slugs are 1–100 characters long, for example <c>prb-2011-wroclaw</c>.</remarks>
public readonly record struct Slug
{
    /// <summary>The greatest number of characters in a slug.</summary>
    public const int MaxLength = 100;

    private readonly string? _value;

    /// <summary>Initializes a slug from text that already has the slug form.</summary>
    /// <param name="value">The slug text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not a slug.</exception>
    public Slug(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        Preconditions.CheckArgument(IsValid(value), nameof(value),
            $"'{value}' is not a slug: use 1 to {MaxLength} lower-case ASCII letters and digits, in groups joined by single hyphens.");
        _value = value;
    }

    /// <summary>Gets the slug text; empty for the default value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Determines whether <paramref name="value"/> has the slug form.</summary>
    /// <param name="value">The candidate text.</param>
    /// <returns>True when the text is a slug.</returns>
    public static bool IsValid(ReadOnlySpan<char> value)
    {
        if (value.IsEmpty || value.Length > MaxLength || value[0] == '-' || value[^1] == '-')
        {
            return false;
        }

        var previous = '\0';
        foreach (var c in value)
        {
            var ok = c is (>= 'a' and <= 'z') or (>= '0' and <= '9') || (c == '-' && previous != '-');
            if (!ok)
            {
                return false;
            }

            previous = c;
        }

        return true;
    }

    /// <summary>Makes a slug from any text: Polish and other Latin letters lose their diacritics, everything else
    /// that is not a letter or digit becomes a hyphen, and the result is cut to <see cref="MaxLength"/>.</summary>
    /// <param name="text">The text, such as an event title.</param>
    /// <returns>The slug.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> has no letter or digit that maps to ASCII.</exception>
    public static Slug FromText(string text)
    {
        Preconditions.CheckText(text, nameof(text));
        var builder = new StringBuilder(Math.Min(text.Length, MaxLength));
        var pendingHyphen = false;
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            var mapped = Transliterate(c);
            if (mapped is null)
            {
                continue;
            }

            foreach (var m in mapped)
            {
                if (m is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
                {
                    if (pendingHyphen && builder.Length > 0)
                    {
                        builder.Append('-');
                    }

                    pendingHyphen = false;
                    builder.Append(m);
                }
                else
                {
                    pendingHyphen = true;
                }
            }

            if (builder.Length >= MaxLength)
            {
                break;
            }
        }

        var result = builder.ToString();
        if (result.Length > MaxLength)
        {
            result = result[..MaxLength].TrimEnd('-');
        }

        Preconditions.CheckArgument(result.Length > 0, nameof(text), "The text has no letter or digit to make a slug from.");
        return new Slug(result);
    }

    /// <summary>Makes the default slug of an event from its id: <see cref="FromText"/> where the id has a letter or
    /// digit, otherwise "event-" and the id's characters in hexadecimal, so that every id has a slug.</summary>
    /// <param name="id">The event id.</param>
    /// <returns>The slug.</returns>
    public static Slug FromId(EventId id)
    {
        foreach (var c in id.Value)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                return FromText(id.Value);
            }
        }

        return new Slug("event-" + Convert.ToHexStringLower(Encoding.UTF8.GetBytes(id.Value)));
    }

    private static string? Transliterate(char c)
    {
        if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
        {
            return null;
        }

        return c switch
        {
            'ł' or 'Ł' => "l",
            'đ' or 'Đ' => "d",
            'ø' or 'Ø' => "o",
            'ß' => "ss",
            'æ' or 'Æ' => "ae",
            'œ' or 'Œ' => "oe",
            >= 'A' and <= 'Z' => char.ToLowerInvariant(c).ToString(),
            _ => c.ToString(),
        };
    }

    /// <summary>Returns the slug text.</summary>
    /// <returns>The slug text.</returns>
    public override string ToString() => Value;
}
