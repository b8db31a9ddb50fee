namespace Prb.Events.Testing;

/// <summary>The tests of one project that share one <see cref="PostgresCluster"/>, each with a database of its own.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresTests : ICollectionFixture<PostgresCluster>
{
    /// <summary>The collection's name, for <c>[Collection(PostgresTests.Name)]</c>.</summary>
    public const string Name = "PostgreSQL";
}
