using System.Diagnostics;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using NodaTime;
using Npgsql;
using Prb.Events.Hosting;
using Prb.Events.PostgreSql.Tests.TestSupport;
using Prb.Events.Testing;

namespace Prb.Events.PostgreSql.Tests;

[Collection(PostgresTests.Name)]
public sealed class PostgreSqlEventCatalogEdgeTests(PostgresCluster cluster)
{
    [Fact]
    public async Task Missing_arguments_are_refused_by_name()
    {
        await using var source = NpgsqlDataSource.Create("Host=127.0.0.1");
        var options = TestDatabase.Options("Host=127.0.0.1");
        var clock = NodaTime.Testing.FakeClock.FromUtc(2026, 5, 20);
        var scheduler = EventScheduler.Default;
        var validator = EventValidator.Default;
        var logger = new FakeLogger<PostgreSqlEventCatalog>();

        Assert.Equal("dataSource", Assert.Throws<ArgumentNullException>(() => new PostgreSqlEventCatalog(null!, options, clock, scheduler, validator, logger)).ParamName);
        Assert.Equal("options", Assert.Throws<ArgumentNullException>(() => new PostgreSqlEventCatalog(source, null!, clock, scheduler, validator, logger)).ParamName);
        Assert.Equal("clock", Assert.Throws<ArgumentNullException>(() => new PostgreSqlEventCatalog(source, options, null!, scheduler, validator, logger)).ParamName);
        Assert.Equal("scheduler", Assert.Throws<ArgumentNullException>(() => new PostgreSqlEventCatalog(source, options, clock, null!, validator, logger)).ParamName);
        Assert.Equal("validator", Assert.Throws<ArgumentNullException>(() => new PostgreSqlEventCatalog(source, options, clock, scheduler, null!, logger)).ParamName);
        Assert.Equal("logger", Assert.Throws<ArgumentNullException>(() => new PostgreSqlEventCatalog(source, options, clock, scheduler, validator, null!)).ParamName);
    }

    [Fact]
    public async Task Options_that_are_not_valid_are_refused_when_the_catalogue_is_made()
    {
        await using var source = NpgsqlDataSource.Create("Host=127.0.0.1");
        var options = Options.Create(new PostgreSqlCatalogOptions { ConnectionString = "Host=127.0.0.1", ResyncInterval = TimeSpan.Zero });

        var failure = Assert.Throws<OptionsValidationException>(() => new PostgreSqlEventCatalog(
            source, options, NodaTime.Testing.FakeClock.FromUtc(2026, 5, 20), EventScheduler.Default, EventValidator.Default,
            new FakeLogger<PostgreSqlEventCatalog>()));

        Assert.Equal([$"PostgreSqlCatalogOptions.ResyncInterval must be from 1 second to 1 day; it is {TimeSpan.Zero}."], failure.Failures);
    }

    [Fact]
    public async Task A_resync_that_finds_nothing_changed_serves_the_same_snapshot()
    {
        await using var database = await TestDatabase.CreateAsync(cluster);
        await database.Store().CreateAsync(TestDatabase.Event("konferencja"));
        var catalog = database.Catalog(resync: TimeSpan.FromHours(1));
        var first = await catalog.GetSnapshotAsync();

        var again = await catalog.ResyncAsync();

        Assert.Same(first, again);
        Assert.Same(first, await catalog.GetSnapshotAsync());
    }

    [Fact]
    public async Task Each_change_found_gives_a_snapshot_of_a_higher_version()
    {
        await using var database = await TestDatabase.CreateAsync(cluster);
        var store = database.Store();
        var created = await store.CreateAsync(TestDatabase.Event("konferencja"));
        var catalog = database.Catalog(resync: TimeSpan.FromHours(1));
        var first = await catalog.GetSnapshotAsync();

        await store.ReplaceAsync(TestDatabase.Event("konferencja", "Po zmianie", revision: 1), created.Version!.Value);
        var replaced = await catalog.ResyncAsync();
        await store.CreateAsync(TestDatabase.Event("druga"));
        var added = await catalog.ResyncAsync();
        var current = (await store.GetAsync(new Slug("druga")))!;
        await store.DeleteAsync(current.Slug, current.Version);
        var removed = await catalog.ResyncAsync();

        Assert.Equal("Po zmianie", Assert.Single(replaced.Entries).Event.Title);
        Assert.Equal(2, added.Entries.Count);
        Assert.Equal("konferencja", Assert.Single(removed.Entries).Event.Slug.Value);
        Assert.True(first.Version < replaced.Version);
        Assert.True(replaced.Version < added.Version);
        Assert.True(added.Version < removed.Version);
    }

    [Fact]
    public async Task A_row_deleted_behind_the_catalogue_s_back_is_dropped_by_the_resync()
    {
        await using var database = await TestDatabase.CreateAsync(cluster);
        await database.Store().CreateAsync(TestDatabase.Event("konferencja"));
        await database.Store().CreateAsync(TestDatabase.Event("druga"));
        var catalog = database.Catalog(resync: TimeSpan.FromHours(1));
        Assert.Equal(2, (await catalog.GetSnapshotAsync()).Entries.Count);

        // No notification: only the count of rows tells the resync that one is gone.
        await database.ExecuteAsync("DELETE FROM prb_events WHERE slug = 'druga'");

        Assert.Equal("konferencja", Assert.Single((await catalog.ResyncAsync()).Entries).Event.Slug.Value);
    }

    [Fact]
    public async Task A_row_holding_the_document_of_another_slug_is_logged_and_left_out()
    {
        await using var database = await TestDatabase.CreateAsync(cluster);
        await database.Store().CreateAsync(TestDatabase.Event("dobra"));
        await database.Store().CreateAsync(TestDatabase.Event("zla"));
        await database.ExecuteAsync("UPDATE prb_events SET document = @document WHERE slug = 'zla'", ("document", TestDatabase.Document("dobra")));
        var version = (await database.Store().GetAsync(new Slug("zla")))!.Version.Value;
        var logger = new FakeLogger<PostgreSqlEventCatalog>();

        var snapshot = await database.Catalog(logger).GetSnapshotAsync();

        Assert.Equal("dobra", Assert.Single(snapshot.Entries).Event.Slug.Value);
        var record = Assert.Single(logger.Collector.GetSnapshot());
        Assert.Equal(LogLevel.Error, record.Level);
        Assert.Equal($"Stored event zla (version {version}) holds the document of another slug, dobra, and is left out.", record.Message);
    }

    [Fact]
    public async Task An_unreadable_document_is_logged_with_the_reason()
    {
        await using var database = await TestDatabase.CreateAsync(cluster);
        await database.Store().CreateAsync(TestDatabase.Event("zla"));
        await database.ExecuteAsync("UPDATE prb_events SET document = @document WHERE slug = 'zla'", ("document", Encoding.UTF8.GetBytes("[]")));
        var version = (await database.Store().GetAsync(new Slug("zla")))!.Version.Value;
        var logger = new FakeLogger<PostgreSqlEventCatalog>();

        var snapshot = await database.Catalog(logger).GetSnapshotAsync();

        Assert.Empty(snapshot.Entries);
        var record = Assert.Single(logger.Collector.GetSnapshot());
        Assert.Equal(LogLevel.Error, record.Level);
        Assert.StartsWith($"Stored event zla (version {version}) cannot be read and is left out: ", record.Message, StringComparison.Ordinal);
        Assert.True(record.Message.Length > $"Stored event zla (version {version}) cannot be read and is left out: ".Length);
    }

    [Fact]
    public async Task An_invalid_stored_event_is_logged_error_by_error_with_the_count_left_out()
    {
        await using var database = await TestDatabase.CreateAsync(cluster);
        await database.Store().CreateAsync(TestDatabase.Event("pusta"));
        await database.ExecuteAsync("UPDATE prb_events SET document = @document WHERE slug = 'pusta'", ("document", TestDatabase.Document("pusta", "   ")));
        var version = (await database.Store().GetAsync(new Slug("pusta")))!.Version.Value;
        var expected = EventValidator.Default.Validate(TestDatabase.Event("pusta", "   "));
        var logger = new FakeLogger<PostgreSqlEventCatalog>();

        var snapshot = await database.Catalog(logger).GetSnapshotAsync();

        Assert.Empty(snapshot.Entries);
        var errors = expected.Errors.ToArray();
        Assert.NotEmpty(errors);
        Assert.Equal(
            [
                .. errors.Select(d => (LogLevel.Error, $"Stored event pusta (version {version}): {d}")),
                (LogLevel.Error, $"Stored event pusta (version {version}) has {errors.Length} validation error(s) and is left out."),
            ],
            logger.Collector.GetSnapshot().Select(r => (r.Level, r.Message)));
    }

    [Fact]
    public async Task A_stored_event_with_warnings_is_served_and_its_warnings_logged_as_warnings()
    {
        await using var database = await TestDatabase.CreateAsync(cluster);
        var late = TestDatabase.Event("konferencja").ToBuilder()
            .WithRegistration(new Registration(deadline: new EventTime(new LocalDateTime(2011, 11, 10, 12, 0))))
            .Build();
        var created = await database.Store().CreateAsync(late);
        var warning = Assert.Single(created.Diagnostics);
        var logger = new FakeLogger<PostgreSqlEventCatalog>();

        var snapshot = await database.Catalog(logger).GetSnapshotAsync();

        Assert.Single(snapshot.Entries);
        var record = Assert.Single(logger.Collector.GetSnapshot());
        Assert.Equal(LogLevel.Warning, record.Level);
        Assert.Equal($"Stored event konferencja (version {created.Version!.Value.Value}): {warning}", record.Message);
    }

    [Fact]
    public async Task An_event_without_its_own_last_modified_time_takes_the_row_s()
    {
        await using var database = await TestDatabase.CreateAsync(cluster);
        await database.Store().CreateAsync(TestDatabase.Event("konferencja"));
        await database.ExecuteAsync("UPDATE prb_events SET last_modified = '2020-02-29T23:59:58Z' WHERE slug = 'konferencja'");

        var entry = (await database.Catalog().GetSnapshotAsync()).Find("konferencja")!;

        Assert.Equal(Instant.FromUtc(2020, 2, 29, 23, 59, 58), entry.LastModified);
    }

    [Fact]
    public async Task An_event_s_own_last_modified_time_comes_before_the_row_s()
    {
        await using var database = await TestDatabase.CreateAsync(cluster);
        var own = Instant.FromUtc(2011, 10, 1, 8, 15, 30);
        await database.Store().CreateAsync(TestDatabase.Event("konferencja").ToBuilder().LastModifiedAt(own).Build());
        await database.ExecuteAsync("UPDATE prb_events SET last_modified = '2020-02-29T23:59:58Z' WHERE slug = 'konferencja'");

        var entry = (await database.Catalog().GetSnapshotAsync()).Find("konferencja")!;

        Assert.Equal(own, entry.LastModified);
    }

    [Fact]
    public async Task A_first_read_that_failed_is_tried_again_by_the_next_call()
    {
        await using var database = await TestDatabase.CreateAsync(cluster, migrate: false);
        var catalog = database.Catalog();

        await Assert.ThrowsAsync<PostgresException>(async () => await catalog.GetSnapshotAsync());
        await new PostgreSqlMigrator(database.DataSource).ApplyAsync();
        await database.Store().CreateAsync(TestDatabase.Event("konferencja"));

        Assert.Single((await catalog.GetSnapshotAsync()).Entries);
    }

    [Fact]
    public async Task A_catalogue_not_told_to_migrate_leaves_a_new_database_alone()
    {
        await using var database = await TestDatabase.CreateAsync(cluster, migrate: false);
        var catalog = database.Catalog();

        await Assert.ThrowsAsync<PostgresException>(() => catalog.StartAsync());

        Assert.Empty(await new PostgreSqlMigrator(database.DataSource).GetAppliedAsync());
    }

    [Fact]
    public async Task A_catalogue_told_to_migrate_does_so_before_its_first_read_and_logs_it()
    {
        await using var database = await TestDatabase.CreateAsync(cluster, migrate: false);
        await using var source = NpgsqlDataSource.Create(database.ConnectionString);
        var options = Options.Create(new PostgreSqlCatalogOptions { ConnectionString = database.ConnectionString, ApplyMigrationsAtStartup = true });
        var migratorLogger = new FakeLogger<PostgreSqlMigrator>();
        await using var catalog = new PostgreSqlEventCatalog(source, options, database.Clock, EventScheduler.Default, EventValidator.Default,
            new FakeLogger<PostgreSqlEventCatalog>(), migratorLogger);

        var snapshot = await catalog.GetSnapshotAsync();

        Assert.Empty(snapshot.Entries);
        Assert.Equal(PostgreSqlMigrator.Migrations, await new PostgreSqlMigrator(database.DataSource).GetAppliedAsync());
        Assert.Equal(
            [.. PostgreSqlMigrator.Migrations.Select(m => (LogLevel.Information, $"Applied the database migration {m}."))],
            migratorLogger.Collector.GetSnapshot().Select(r => (r.Level, r.Message)));
    }

    [Fact]
    public async Task A_disposed_catalogue_refuses_to_start_and_may_be_disposed_again()
    {
        await using var database = await TestDatabase.CreateAsync(cluster);
        await using var source = NpgsqlDataSource.Create(database.ConnectionString);
        var catalog = new PostgreSqlEventCatalog(source, TestDatabase.Options(database.ConnectionString), database.Clock,
            EventScheduler.Default, EventValidator.Default, new FakeLogger<PostgreSqlEventCatalog>());
        await catalog.StartAsync();

        catalog.Dispose();
        await catalog.DisposeAsync();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => catalog.StartAsync());
        await Assert.ThrowsAsync<ObjectDisposedException>(() => catalog.ResyncAsync());
    }

    [Fact]
    public async Task A_disposed_catalogue_stops_listening_without_reporting_a_failure()
    {
        await using var database = await TestDatabase.CreateAsync(cluster);
        var logger = new FakeLogger<PostgreSqlEventCatalog>();
        var catalog = database.Catalog(logger, pooled: false);
        await catalog.StartAsync();
        await WaitForListenersAsync(database, 1);

        await catalog.DisposeAsync();

        await WaitForListenersAsync(database, 0);
        Assert.Empty(logger.Collector.GetSnapshot());
    }

    [Fact]
    public async Task A_lost_listening_connection_is_logged_and_opened_again()
    {
        await using var database = await TestDatabase.CreateAsync(cluster);
        var logger = new FakeLogger<PostgreSqlEventCatalog>();
        var catalog = database.Catalog(logger, resync: TimeSpan.FromHours(1), pooled: false);
        await catalog.StartAsync();
        await WaitForListenersAsync(database, 1);

        await database.ExecuteAsync($"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = '{TestDatabase.CatalogApplicationName}' AND query LIKE 'LISTEN %'");

        var record = await NextListenerFailureAsync(logger, 0);
        Assert.Equal(LogLevel.Warning, record.Level);
        Assert.EndsWith("; the previous events keep being served, and the connection is opened again in 1 s.", record.Message, StringComparison.Ordinal);
        Assert.NotNull(record.Exception);
        // Heard again: a write announced only by its notification (the resync is an hour away) is seen.
        await database.Store().CreateAsync(TestDatabase.Event("konferencja"));
        await TestDatabase.WaitUntilAsync(catalog, s => s.Find("konferencja") is not null, "the event written after the reconnection");
    }

    [Fact]
    public async Task Listening_that_keeps_failing_waits_twice_as_long_each_time_and_serves_the_previous_events()
    {
        await using var database = await TestDatabase.CreateAsync(cluster);
        await database.Store().CreateAsync(TestDatabase.Event("konferencja"));
        var logger = new FakeLogger<PostgreSqlEventCatalog>();
        var catalog = database.Catalog(logger, resync: TimeSpan.FromHours(1), pooled: false);
        await catalog.StartAsync();
        await WaitForListenersAsync(database, 1);

        // Every read now fails, the one after each reconnection too; a notification makes the listener read.
        await database.ExecuteAsync("ALTER TABLE prb_events RENAME TO prb_events_away");
        await database.ExecuteAsync("NOTIFY prb_events");
        var first = await NextListenerFailureAsync(logger, 0);
        var second = await NextListenerFailureAsync(logger, 1);
        Assert.EndsWith("opened again in 1 s.", first.Message, StringComparison.Ordinal);
        Assert.EndsWith("opened again in 2 s.", second.Message, StringComparison.Ordinal);
        Assert.Contains("prb_events", first.Message, StringComparison.Ordinal);
        Assert.Single((await catalog.GetSnapshotAsync()).Entries);

        // Once a read succeeds again, the wait starts again from 1 second.
        await database.ExecuteAsync("ALTER TABLE prb_events_away RENAME TO prb_events");
        await WaitForListenersAsync(database, 1);
        await database.Store().CreateAsync(TestDatabase.Event("druga"));
        await TestDatabase.WaitUntilAsync(catalog, s => s.Find("druga") is not null, "the event written after the recovery");
        await database.ExecuteAsync("ALTER TABLE prb_events RENAME TO prb_events_away");
        await database.ExecuteAsync("NOTIFY prb_events");
        var count = logger.Collector.GetSnapshot().Count(r => r.Id.Id == 7);
        var afterRecovery = await NextListenerFailureAsync(logger, count);
        Assert.EndsWith("opened again in 1 s.", afterRecovery.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_idle_catalogue_reads_the_table_once_per_write_it_hears_of()
    {
        await using var database = await TestDatabase.CreateAsync(cluster);
        var name = new NpgsqlConnectionStringBuilder(database.ConnectionString).Database;
        var reads = 0;
        // Npgsql traces every command it runs: the catalogue's reads of the table are counted, not timed.
        using var tracing = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Npgsql",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if (Equals(activity.GetTagItem("db.namespace"), name)
                    && activity.GetTagItem("db.query.text") is string text
                    && text.StartsWith("SELECT slug, version, CASE", StringComparison.Ordinal))
                {
                    Interlocked.Increment(ref reads);
                }
            },
        };
        ActivitySource.AddActivityListener(tracing);
        var catalog = database.Catalog(resync: TimeSpan.FromHours(1), pooled: false);

        // The first read, then one more once listening (for a write made in between).
        await catalog.StartAsync();
        await WaitForListenersAsync(database, 1);
        await WaitForAsync(() => Volatile.Read(ref reads) >= 2, "the read after LISTEN");
        Assert.Equal(2, Volatile.Read(ref reads));

        await database.Store().CreateAsync(TestDatabase.Event("konferencja"));
        await TestDatabase.WaitUntilAsync(catalog, s => s.Find("konferencja") is not null, "the first write");
        await database.Store().CreateAsync(TestDatabase.Event("druga"));
        await TestDatabase.WaitUntilAsync(catalog, s => s.Find("druga") is not null, "the second write");

        Assert.Equal(4, Volatile.Read(ref reads));
    }

    [Fact]
    public async Task A_caller_blocking_on_a_single_threaded_context_is_not_deadlocked()
    {
        await using var database = await TestDatabase.CreateAsync(cluster);
        await database.Store().CreateAsync(TestDatabase.Event("konferencja"));
        var catalog = database.Catalog();

        var first = NeverRunningContext.BlockOn(async () => await catalog.GetSnapshotAsync().ConfigureAwait(false));
        Assert.NotNull(first);
        await database.Store().CreateAsync(TestDatabase.Event("druga"));
        var resynced = NeverRunningContext.BlockOn(() => catalog.ResyncAsync());

        Assert.Single(first.Entries);
        Assert.Equal(2, resynced?.Entries.Count);
    }

    [Fact]
    public async Task Disposing_from_a_single_threaded_context_is_not_deadlocked()
    {
        await using var database = await TestDatabase.CreateAsync(cluster);
        var catalog = database.Catalog(pooled: false);
        await catalog.StartAsync();
        await WaitForListenersAsync(database, 1);

        var disposed = NeverRunningContext.BlockOn(() => catalog.DisposeAsync().AsTask().ContinueWith(_ => "disposed", TaskScheduler.Default));

        Assert.Equal("disposed", disposed);
        await WaitForListenersAsync(database, 0);
    }

    [Fact]
    public async Task A_catalogue_told_to_migrate_is_not_deadlocked_by_a_caller_blocking_on_a_single_threaded_context()
    {
        await using var database = await TestDatabase.CreateAsync(cluster, migrate: false);
        await using var source = NpgsqlDataSource.Create(database.ConnectionString);
        var options = Options.Create(new PostgreSqlCatalogOptions { ConnectionString = database.ConnectionString, ApplyMigrationsAtStartup = true });
        await using var catalog = new PostgreSqlEventCatalog(source, options, database.Clock, EventScheduler.Default, EventValidator.Default,
            new FakeLogger<PostgreSqlEventCatalog>());

        var snapshot = NeverRunningContext.BlockOn(async () => await catalog.GetSnapshotAsync().ConfigureAwait(false));

        Assert.NotNull(snapshot);
        Assert.Empty(snapshot.Entries);
    }

    /// <summary>The <paramref name="index"/>th log record of a listener failure (event 7), once it is there.</summary>
    private static async Task<FakeLogRecord> NextListenerFailureAsync(FakeLogger<PostgreSqlEventCatalog> logger, int index)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (true)
        {
            var failures = logger.Collector.GetSnapshot().Where(r => r.Id.Id == 7).ToArray();
            if (failures.Length > index)
            {
                return failures[index];
            }

            Assert.False(timeout.IsCancellationRequested, $"The listener did not fail {index + 1} time(s) within 60 seconds.");
            await Task.Delay(20);
        }
    }

    private static async Task WaitForAsync(Func<bool> condition, string what)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (!condition())
        {
            Assert.False(timeout.IsCancellationRequested, $"Not seen within 60 seconds: {what}.");
            await Task.Delay(20);
        }
    }

    /// <summary>Waits until the database has <paramref name="count"/> connections listening.</summary>
    private static async Task WaitForListenersAsync(TestDatabase database, int count)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (true)
        {
            await using var command = database.DataSource.CreateCommand(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND application_name = @name AND query LIKE 'LISTEN %'");
            command.Parameters.AddWithValue("name", TestDatabase.CatalogApplicationName);
            if ((long)(await command.ExecuteScalarAsync())! == count)
            {
                return;
            }

            Assert.False(timeout.IsCancellationRequested, $"The database did not have {count} listening connection(s) within 60 seconds.");
            await Task.Delay(20);
        }
    }
}
