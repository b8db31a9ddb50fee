
namespace Prb.Events.Hosting.Tests.TestSupport;

public static class Seed
{
    public const string Slug = "prb-2011-11-09-wroclaw";

    public static string Path => RepositoryRoot.SeedDocument;

    public static string Json => File.ReadAllText(Path);

    public static Event Event => EventDocumentSerializer.Read(Json);

    /// <summary>A temporary folder holding a copy of the seed document; deleted on dispose.</summary>
    public static TempFolder CopyToTempFolder()
    {
        var folder = new TempFolder();
        File.Copy(Path, System.IO.Path.Combine(folder.FullPath, "prb-2011-11-09-wroclaw.json"));
        return folder;
    }
}
