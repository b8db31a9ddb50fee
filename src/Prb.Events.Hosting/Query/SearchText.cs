using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace Prb.Events.Hosting;

/// <summary>
/// Text folded for searching: lower case, without diacritics, so that <c>zolw</c> finds <c>Żółw</c>. Letters that
/// Unicode does not decompose into a base letter and a mark (the Polish <c>ł</c>, the Scandinavian <c>ø</c>, ...) are
/// mapped to their base letter here.
/// </summary>
public static class SearchText
{
    private static readonly ConditionalWeakTable<Event, string> s_folded = [];

    /// <summary>Folds text for comparison: compatibility decomposition, marks removed, a few letters mapped to their base
    /// letter, lower case (invariant).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The folded text; other characters (digits, emoji, other scripts) stay as they are.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = text.Normalize(NormalizationForm.FormKD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            switch (CharUnicodeInfo.GetUnicodeCategory(c))
            {
                case UnicodeCategory.NonSpacingMark:
                case UnicodeCategory.EnclosingMark:
                    continue;
                default:
                    builder.Append(BaseLetter(char.ToLowerInvariant(c)));
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>Determines whether every word of a search is in a text, ignoring case and diacritics.</summary>
    /// <param name="foldedText">Text already folded with <see cref="Fold"/>.</param>
    /// <param name="search">The search as typed: words separated by white space.</param>
    /// <returns>True when every word is found; true for a search without words.</returns>
    public static bool ContainsAllWords(string foldedText, string search)
    {
        ArgumentNullException.ThrowIfNull(foldedText);
        ArgumentNullException.ThrowIfNull(search);
        return ContainsAll(foldedText, Words(search));
    }

    /// <summary>The folded words of a search, made once per query.</summary>
    internal static string[] Words(string search) => Fold(search).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Whether every folded word is in the folded text.</summary>
    internal static bool ContainsAll(string foldedText, string[] foldedWords)
    {
        foreach (var word in foldedWords)
        {
            if (!foldedText.Contains(word, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The folded text a search looks in: titles, description, tags, venue, organisers, agenda and speakers.
    /// Made once per event.</summary>
    internal static string Of(Event e) => s_folded.GetValue(e, static e => Fold(Gather(e)));

    private static string Gather(Event e)
    {
        var text = new StringBuilder();
        void Add(string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                text.Append(value).Append('\n');
            }
        }

        Add(e.Title);
        Add(e.Edition);
        Add(e.Description);
        foreach (var tag in e.Tags)
        {
            Add(tag);
        }

        Add(e.Venue?.ToString());
        foreach (var id in e.OrganizerIds)
        {
            Add(e.FindOrganizationName(id));
        }

        foreach (var item in e.Agenda)
        {
            Add(item.Title);
            Add(item.Description);
            foreach (var speaker in item.Speakers)
            {
                Add(e.FindPerson(speaker)?.Name);
            }
        }

        return text.ToString();
    }

    private static char BaseLetter(char c) => c switch
    {
        'ł' => 'l',
        'ø' => 'o',
        'đ' => 'd',
        'ħ' => 'h',
        'ı' => 'i',
        'ŧ' => 't',
        _ => c,
    };
}
