using System.Text;

namespace Prb.Events.Tests.Support;

/// <summary>Text samples for the rules every domain type applies to its text (see <see cref="EventText"/>).</summary>
public static class Text
{
    /// <summary>Text that must be rejected: C0 controls other than tab, CR and LF; lone surrogates; U+FFFE and U+FFFF.</summary>
    public static IReadOnlyList<string> Invalid { get; } =
    [
        "przed\0po",
        "dzwonek\u0007",
        "\u001B[31m",
        "pionowy\u000Btabulator",
        "sam \uD83D wysoki",
        "sam \uDE00 niski",
        "na końcu \uD83D",
        "\uDE00\uD83D",
        "x\uFFFE",
        "x\uFFFF",
        "DEL\u007F",
    ];

    /// <summary>Text that must be kept exactly as given: Polish diacritics, emoji, right-to-left scripts, line breaks,
    /// decomposed characters (not normalised), C1 controls (neither C0 nor DEL).</summary>
    public static IReadOnlyList<string> Valid { get; } =
    [
        "Zażółć gęślą jaźń – ŁÓDŹ, Świętokrzyskie",
        "Dolnośląska Biblioteka Publiczna im. Tadeusza Mikulskiego we Wrocławiu",
        "Gala 🎉📚 z udziałem 👩🏽‍💻",
        "مكتبة عامة في الحي",
        "\u200Fספרייה ציבורית\u200F",
        "Linia 1\r\nLinia 2\tz tabulatorem\n",
        "Zo\u0301łw rozłożony (NFD) zostaje rozłożony",
        "\u0085 to nie C0",
        "",
        "   ",
    ];

    /// <summary>Every pair of a parameter name and an invalid text, for a theory over a type's text parameters.</summary>
    public static TheoryData<string, int> InvalidIn(params string[] parameters)
    {
        var data = new TheoryData<string, int>();
        foreach (var parameter in parameters)
        {
            for (var i = 0; i < Invalid.Count; i++)
            {
                data.Add(parameter, i);
            }
        }

        return data;
    }

    /// <summary>Every pair of a parameter name and a valid text.</summary>
    public static TheoryData<string, int> ValidIn(params string[] parameters)
    {
        var data = new TheoryData<string, int>();
        foreach (var parameter in parameters)
        {
            for (var i = 0; i < Valid.Count; i++)
            {
                data.Add(parameter, i);
            }
        }

        return data;
    }

    /// <summary>Asserts that a value holds exactly the given text: the same UTF-16 code units and the same UTF-8 bytes.</summary>
    public static void AssertKeptExactly(string expected, string? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected.ToCharArray(), actual.ToCharArray());
        Assert.Equal(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(actual));
    }

    /// <summary>Asserts that making a value from invalid text throws an argument exception naming the parameter.</summary>
    public static void AssertRejected(string parameter, Action make)
    {
        var ex = Assert.ThrowsAny<ArgumentException>(make);
        Assert.IsNotType<ArgumentNullException>(ex);
        Assert.Equal(parameter, ex.ParamName);
    }
}
