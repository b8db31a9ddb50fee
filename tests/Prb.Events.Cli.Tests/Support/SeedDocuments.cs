using System.Text.Json.Nodes;

namespace Prb.Events.Cli.Tests.Support;

/// <summary>Event documents made from the seed conference: the seed itself, and variants at the edges of the dates
/// the model can compute, with hostile text, or with a problem.</summary>
internal static class SeedDocuments
{
    private static readonly Lazy<string> SeedText = new(() => File.ReadAllText(RepositoryRoot.SeedDocument));

    /// <summary>Gets the seed document's text.</summary>
    public static string Seed => SeedText.Value;

    /// <summary>The seed moved to one day in <paramref name="zone"/>, 20:00–23:59 on <paramref name="date"/>
    /// (written as the document writes dates: <c>9999-12-31</c>, <c>-9998-01-01</c>), with its first agenda item on it (and no contest, whose presentation was another item).</summary>
    public static string OnOneDay(string date, string zone, string start = "20:00:00", string end = "23:59:00")
    {
        var document = JsonNode.Parse(Seed)!.AsObject();
        document["timeZone"] = zone;
        document["days"] = new JsonArray(new JsonObject { ["start"] = $"{date}T{start}", ["end"] = $"{date}T{end}" });
        var first = document["agenda"]![0]!.DeepClone().AsObject();
        first["start"] = $"{date}T{start}";
        first["end"] = $"{date}T{end}";
        document["agenda"] = new JsonArray(first);
        document.Remove("contests"); // Its presentation names an agenda item that is gone.
        return document.ToJsonString();
    }

    /// <summary>The seed with the title of its event and of its first agenda item set to <paramref name="title"/>.</summary>
    public static string WithTitles(string title)
    {
        var document = JsonNode.Parse(Seed)!.AsObject();
        document["title"] = title;
        document["agenda"]![0]!["title"] = title;
        return document.ToJsonString();
    }
}
