using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using CsCheck;
using Prb.Events.Export;

namespace Prb.Events.Tests.Rules;

public sealed partial class EnumTokensTests
{
    /// <summary>Every public enum of Prb.Events.Core.</summary>
    private static readonly Type[] Enums = typeof(Event).Assembly.GetExportedTypes().Where(t => t.IsEnum).ToArray();

    [Theory]
    [InlineData(AgendaItemKind.CoffeeBreak, "coffee-break")]
    [InlineData(AgendaItemKind.AwardCeremony, "award-ceremony")]
    [InlineData(AgendaItemKind.Lecture, "lecture")]
    [InlineData(EventKind.Conference, "conference")]
    [InlineData(EventStatus.MovedOnline, "moved-online")]
    [InlineData(Voivodeship.KujawskoPomorskie, "kujawsko-pomorskie")]
    [InlineData(Voivodeship.Dolnoslaskie, "dolnoslaskie")]
    [InlineData(LibraryKind.MunicipalRural, "municipal-rural")]
    [InlineData(EventExportScopes.AgendaItem, "agenda-item")]
    public void ToToken_IsTheKebabCaseName(Enum value, string token)
    {
        Assert.Equal(token, Call<string>(nameof(EnumTokens.ToToken), value.GetType(), value));
    }

    [Fact]
    public void EveryValueOfEveryEnum_HasOneKebabCaseToken_ThatReadsBack()
    {
        foreach (var type in Enums)
        {
            var tokens = Call<IReadOnlyList<string>>(nameof(EnumTokens.GetTokens), type);
            var values = Enum.GetValues(type);
            Assert.Equal(values.Length, tokens.Count);
            Assert.Equal(tokens.Count, tokens.Distinct(StringComparer.Ordinal).Count());
            for (var i = 0; i < values.Length; i++)
            {
                var value = values.GetValue(i)!;
                var token = Call<string>(nameof(EnumTokens.ToToken), type, value);
                Assert.Equal(tokens[i], token);
                Assert.Matches(KebabCase(), token);
                Assert.Equal(value, Parse(type, token));
            }
        }
    }

    [Fact]
    public void EveryToken_IsWhatTheJsonDocumentWrites()
    {
        var options = new JsonSerializerOptions { Converters = { new StrictEnumConverterFactory() } };
        foreach (var type in Enums)
        {
            foreach (var value in Enum.GetValues(type))
            {
                var token = Call<string>(nameof(EnumTokens.ToToken), type, value);
                Assert.Equal(JsonSerializer.Serialize(token), JsonSerializer.Serialize(value, type, options));
                Assert.Equal(value, JsonSerializer.Deserialize(JsonSerializer.Serialize(token), type, options));
            }
        }
    }

    [Theory]
    [InlineData("Coffee-Break")]
    [InlineData("COFFEE-BREAK")]
    [InlineData("CoffeeBreak")]
    [InlineData("coffeebreak")]
    [InlineData("coffee_break")]
    [InlineData(" coffee-break")]
    [InlineData("coffee-break ")]
    [InlineData("lecture,workshop")]
    [InlineData("lecture, workshop")]
    [InlineData("2")]
    [InlineData("-1")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_AnythingButAToken_IsRefused(string? text)
    {
        Assert.False(EnumTokens.TryParse<AgendaItemKind>(text, out var value));
        Assert.Equal(default, value);
    }

    [Fact]
    public void TryParse_ReadsExactlyTheTokens()
    {
        var tokens = EnumTokens.GetTokens<AgendaItemKind>();
        var pieces = Gen.OneOf(Gen.OneOf(tokens.ToArray()), Gen.OneOf("-", ",", " ", "A", "Break", "0", "coffee", "break"));
        pieces.Array[1, 3].Select(p => string.Concat(p)).Sample(text =>
        {
            var parsed = EnumTokens.TryParse<AgendaItemKind>(text, out var value);
            Assert.Equal(tokens.Contains(text), parsed);
            if (parsed)
            {
                Assert.Equal(text, EnumTokens.ToToken(value));
            }
        });
    }

    [Fact]
    public void ToToken_UndefinedValue_Throws()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => EnumTokens.ToToken((EventKind)999));

        Assert.Equal("value", ex.ParamName);
        Assert.Contains("999 is not a defined EventKind value.", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => EnumTokens.ToToken(EventExportScopes.Event | EventExportScopes.Feed));
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KebabCase();

    private static T Call<T>(string name, Type type, params object[] arguments) =>
        (T)typeof(EnumTokens).GetMethod(name, BindingFlags.Public | BindingFlags.Static)!.MakeGenericMethod(type).Invoke(null, arguments)!;

    private static object Parse(Type type, string token)
    {
        object?[] arguments = [token, null];
        var parsed = (bool)typeof(EnumTokens).GetMethod(nameof(EnumTokens.TryParse))!.MakeGenericMethod(type).Invoke(null, arguments)!;
        Assert.True(parsed, token);
        return arguments[1]!;
    }
}
