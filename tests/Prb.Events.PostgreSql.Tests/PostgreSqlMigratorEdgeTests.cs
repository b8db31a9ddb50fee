using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Npgsql;
using Prb.Events.PostgreSql.Tests.TestSupport;
using Prb.Events.Testing;

namespace Prb.Events.PostgreSql.Tests;

[Collection(PostgresTests.Name)]
public sealed class PostgreSqlMigratorEdgeTests(PostgresCluster cluster)
{
    [Fact]
    public void A_missing_data_source_is_refused_by_name()
    {
        Assert.Equal("dataSource", Assert.Throws<ArgumentNullException>(() => new PostgreSqlMigrator(null!)).ParamName);
    }

    [Fact]
    public async Task Each_migration_applied_is_logged_once_and_an_up_to_date_run_logs_nothing()
    {
        await using var database = await TestDatabase.CreateAsync(cluster, migrate: false);
        var logger = new FakeLogger<PostgreSqlMigrator>();
        var migrator = new PostgreSqlMigrator(database.DataSource, logger);

        await migrator.ApplyAsync();
        await migrator.ApplyAsync();

        Assert.Equal(
            [.. PostgreSqlMigrator.Migrations.Select(m => (LogLevel.Information, $"Applied the database migration {m}."))],
            logger.Collector.GetSnapshot().Select(r => (r.Level, r.Message)));
    }

    [Fact]
    public async Task The_migrations_create_the_events_table_and_its_version_sequence()
    {
        await using var database = await TestDatabase.CreateAsync(cluster, migrate: false);

        await new PostgreSqlMigrator(database.DataSource).ApplyAsync();

        await using var command = database.DataSource.CreateCommand(
            "SELECT to_regclass('prb_events') IS NOT NULL AND to_regclass('prb_events_version_seq') IS NOT NULL");
        Assert.Equal(true, await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task A_cancelled_run_applies_nothing()
    {
        await using var database = await TestDatabase.CreateAsync(cluster, migrate: false);
        var migrator = new PostgreSqlMigrator(database.DataSource);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => migrator.ApplyAsync(new CancellationToken(canceled: true)));

        Assert.Empty(await migrator.GetAppliedAsync());
    }

    [Fact]
    public async Task The_applied_migrations_are_listed_in_order_of_their_ids()
    {
        await using var database = await TestDatabase.CreateAsync(cluster);
        // Recorded after the package's own, as a migration with an earlier id applied by an older tool would be.
        await database.ExecuteAsync("INSERT INTO prb_schema_migrations (id) VALUES ('0000_earlier'), ('0000_a_first')");

        var applied = await new PostgreSqlMigrator(database.DataSource).GetAppliedAsync();

        Assert.Equal(["0000_a_first", "0000_earlier", .. PostgreSqlMigrator.Migrations], applied);
    }

    [Fact]
    public async Task A_caller_blocking_on_a_single_threaded_context_is_not_deadlocked()
    {
        await using var database = await TestDatabase.CreateAsync(cluster, migrate: false);
        var migrator = new PostgreSqlMigrator(database.DataSource);

        var before = NeverRunningContext.BlockOn(() => migrator.GetAppliedAsync());
        var applied = NeverRunningContext.BlockOn(() => migrator.ApplyAsync());
        var after = NeverRunningContext.BlockOn(() => migrator.GetAppliedAsync());

        Assert.Equal([], before);
        Assert.Equal(PostgreSqlMigrator.Migrations, applied);
        Assert.Equal(PostgreSqlMigrator.Migrations, after);
    }
}
