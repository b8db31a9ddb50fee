namespace Prb.Events.Samples.Web.Tests.Hostile;

/// <summary>Strings that try to break out of their field in some output format, named for the report.</summary>
internal static class HostileStrings
{
    /// <summary>Strings the model accepts: each must come back intact from every format that carries the field.</summary>
    internal static readonly (string Name, string Value)[] Accepted =
    [
        ("CR LF", "przed\r\npo"),
        ("lone CR and LF", "a\rb\nc\r\n\r\nd\n"),
        ("iCalendar and CSV delimiters", "\";:,\\"),
        ("script end", "</script><script>alert(1)</script>"),
        ("HTML", "<b onclick=\"alert('x')\">gruby</b> &amp; & <!-- komentarz --> <![CDATA[ x ]]> ]]>"),
        ("right-to-left overrides", "\u202Eevil\u202C \u200Fשלום\u200E \u2066x\u2069"),
        ("4-byte characters", "😀📚👩‍💻🇵🇱𝄞"),
        ("tab", "\tz tabulatorem\t"),
        ("Unicode line breaks", "a\u0085b\u2028c\u2029d"),
        ("C1 controls", "\u0080€\u0085…\u0096–\u009F\u008D"),
        ("RFC 6868 and TEXT escapes written out", "^n ^' ^^ \\n \\N \\, \\; \\\\"),
        ("an iCalendar line", "x\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:wstrzyknięte"),
        ("a JSON breakout", "\"}, {\"@type\": \"Person\", \"name\": \"x"),
        ("an XML breakout", "</title><title>x</title><!DOCTYPE x [<!ENTITY e \"e\">]>&e;"),
        ("long Polish text", string.Concat(Enumerable.Repeat("Zażółć gęślą jaźń – „cytat”; ", 12))),
        ("byte order mark and no-break spaces", "\uFEFFa\u00A0b\u202Fc"),
        ("combining marks", "a\u0328e\u0328z\u0307"),
    ];

    /// <summary>Strings the model refuses (control characters, DEL, lone surrogates, non-characters): the constructor
    /// that takes the field throws an <see cref="ArgumentException"/> naming its parameter.</summary>
    internal static readonly (string Name, string Value)[] Refused =
    [
        ("NUL", "a\0b"),
        ("C0 controls", "\u0001\u0007\u0008"),
        ("an ANSI escape", "\u001B[31mczerwony"),
        ("DEL", "a\u007Fb"),
        ("lone high surrogate", "a\uD83Db"),
        ("lone low surrogate", "\uDE00a"),
        ("non-character U+FFFE", "a\uFFFE"),
        ("non-character U+FFFF", "\uFFFF"),
    ];
}
