using Npgsql;
using Prb.Events.PostgreSql.Tests.TestSupport;

namespace Prb.Events.PostgreSql.Tests;

[Collection(PostgresTests.Name)]
public sealed class PostgreSqlMigratorTests(PostgresCluster cluster)
{
    [Fact]
    public async Task Apply_Twice_SecondRunAppliesNothing()
    {
        await using var database = await TestDatabase.CreateAsync(cluster, migrate: false);
        var migrator = new PostgreSqlMigrator(database.DataSource);

        Assert.Empty(await migrator.GetAppliedAsync());
        Assert.Equal(PostgreSqlMigrator.Migrations, await migrator.ApplyAsync());
        Assert.Empty(await migrator.ApplyAsync());
        Assert.Equal(PostgreSqlMigrator.Migrations, await migrator.GetAppliedAsync());
    }

    [Fact]
    public async Task Apply_ManyAtOnce_ExactlyOneApplies()
    {
        await using var database = await TestDatabase.CreateAsync(cluster, migrate: false);
        var sources = Enumerable.Range(0, 4).Select(_ => NpgsqlDataSource.Create(database.ConnectionString)).ToArray();
        try
        {
            using var start = new ManualResetEventSlim();
            var runs = sources.Select(s => Task.Run(async () =>
            {
                start.Wait();
                return await new PostgreSqlMigrator(s).ApplyAsync();
            })).ToArray();
            start.Set();
            var results = await Task.WhenAll(runs);

            Assert.Single(results, r => r.Count > 0);
            Assert.Equal(PostgreSqlMigrator.Migrations, results.Single(r => r.Count > 0));
            Assert.Equal(PostgreSqlMigrator.Migrations, await new PostgreSqlMigrator(database.DataSource).GetAppliedAsync());
        }
        finally
        {
            foreach (var source in sources)
            {
                await source.DisposeAsync();
            }
        }
    }

    [Fact]
    public void Migrations_AreOrderedAndNamed()
    {
        Assert.NotEmpty(PostgreSqlMigrator.Migrations);
        Assert.Equal(PostgreSqlMigrator.Migrations.Order(StringComparer.Ordinal), PostgreSqlMigrator.Migrations);
        Assert.Equal("0001_create_events", PostgreSqlMigrator.Migrations[0]);
    }
}
