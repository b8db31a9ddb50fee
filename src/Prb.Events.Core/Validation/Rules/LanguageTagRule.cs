namespace Prb.Events.Validation.Rules;

/// <summary><see cref="DiagnosticCodes.InvalidLanguageTag"/>: the event's language has the shape of a BCP 47 tag, such as
/// <c>pl</c> or <c>en-GB</c>: a primary subtag of 2 to 8 letters, then subtags of 1 to 8 letters or digits.</summary>
internal sealed class LanguageTagRule : IEventRule
{
    /// <inheritdoc />
    public void Check(ValidationContext context, List<Diagnostic> diagnostics)
    {
        var language = context.Event.Language;
        if (!IsLanguageTag(language))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidLanguageTag, "language", $"'{language}' is not a BCP 47 language tag such as pl or en-GB."));
        }
    }

    private static bool IsLanguageTag(string tag)
    {
        var parts = tag.Split('-');
        if (parts[0].Length is < 2 or > 8 || !parts[0].All(char.IsAsciiLetter))
        {
            return false;
        }

        return parts.Skip(1).All(p => p.Length is >= 1 and <= 8 && p.All(char.IsAsciiLetterOrDigit));
    }
}
