using Prb.Events.Tests.TestSupport;

namespace Prb.Events.Tests;

public class ReadmeTests
{
    [Fact]
    public void QuickStart_IsTheReadmesFirstCSharpBlock()
    {
        var readme = RepositoryFiles.ReadText("README.md").ReplaceLineEndings("\n");
        var start = readme.IndexOf("```csharp\n", StringComparison.Ordinal);
        Assert.True(start >= 0, "README.md has no C# block.");
        start += "```csharp\n".Length;
        var end = readme.IndexOf("```", start, StringComparison.Ordinal);

        var program = RepositoryFiles.ReadText("samples", "Prb.Events.Samples.QuickStart", "Program.cs").ReplaceLineEndings("\n");

        Assert.Equal(program, readme[start..end]);
    }

    [Fact]
    public void TestCommand_InReadme_IsCalledVerbatimByCi()
    {
        var readme = RepositoryFiles.ReadText("README.md");
        var ci = RepositoryFiles.ReadText(".ci", "run");

        Assert.Contains("dotnet test Prb.Events.sln", readme, StringComparison.Ordinal);
        Assert.Contains("dotnet test Prb.Events.sln", ci, StringComparison.Ordinal);
    }
}
