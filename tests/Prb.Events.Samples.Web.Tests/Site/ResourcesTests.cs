using System.Globalization;
using System.Xml.Linq;

namespace Prb.Events.Samples.Web.Tests.Site;

/// <summary>The words of the site exist in both languages, for every enum token the pages name.</summary>
public class ResourcesTests
{
    private static string ResourcePath(string language) =>
        Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "samples", "Prb.Events.Samples.Web", "Resources", $"SiteText.{language}.resx");

    private static Dictionary<string, string> Read(string language) =>
        XDocument.Load(ResourcePath(language)).Root!.Elements("data").ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")!.Value);

    [Fact]
    public void PolishAndEnglish_HaveTheSameKeys()
    {
        var pl = Read("pl");
        var en = Read("en");

        Assert.Equal(pl.Keys.Order(StringComparer.Ordinal), en.Keys.Order(StringComparer.Ordinal));
        Assert.All(pl.Concat(en), p => Assert.False(string.IsNullOrWhiteSpace(p.Value), p.Key));
    }

    [Fact]
    public void EveryEnumTokenShown_HasAWord()
    {
        var pl = Read("pl");

        Assert.All(EnumTokens.GetTokens<EventKind>(), t => Assert.Contains("EventKind." + t, pl.Keys));
        Assert.All(EnumTokens.GetTokens<Audience>(), t => Assert.Contains("Audience." + t, pl.Keys));
        Assert.All(EnumTokens.GetTokens<AgendaItemKind>(), t => Assert.Contains("AgendaKind." + t, pl.Keys));
        Assert.All(EnumTokens.GetTokens<Voivodeship>(), t => Assert.Contains("Voivodeship." + t, pl.Keys));
    }

    [Theory]
    [InlineData("PageOf", 2)]
    [InlineData("Found", 1)]
    [InlineData("BadParameter", 2)]
    public void Formats_HaveTheirPlaceholdersInBothLanguages(string key, int count)
    {
        foreach (var language in new[] { "pl", "en" })
        {
            var text = Read(language)[key];
            for (var i = 0; i < count; i++)
            {
                Assert.Contains("{" + i.ToString(CultureInfo.InvariantCulture) + "}", text, StringComparison.Ordinal);
            }
        }
    }
}
