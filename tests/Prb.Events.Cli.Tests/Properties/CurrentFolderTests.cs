namespace Prb.Events.Cli.Tests.Properties;

/// <summary>Tests that change the process's current folder (so that relative paths of random argument vectors land in
/// a temporary folder) run alone, after the others.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class CurrentFolderTests
{
    public const string Name = "Changes the current folder";
}
