using System.Text;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Testing;
using Npgsql;
using Prb.Events.Hosting;
using Prb.Events.PostgreSql.Tests.TestSupport;
using Prb.Events.Testing;

namespace Prb.Events.PostgreSql.Tests.Store;

[Collection(PostgresTests.Name)]
public sealed class PostgreSqlEventStoreEdgeTests(PostgresCluster cluster)
{
    private static readonly Slug Konferencja = new("konferencja");

    [Fact]
    public async Task Missing_arguments_are_refused_by_name()
    {
        await using var dataSource = NpgsqlDataSource.Create("Host=127.0.0.1");
        var options = TestDatabase.Options("Host=127.0.0.1");
        var clock = new FakeClock(Instant.FromUtc(2026, 5, 20, 12, 0));
        var store = new PostgreSqlEventStore(dataSource, options, clock, EventValidator.Default);

        Assert.Equal("dataSource", Assert.Throws<ArgumentNullException>(() => new PostgreSqlEventStore(null!, options, clock, EventValidator.Default)).ParamName);
        Assert.Equal("options", Assert.Throws<ArgumentNullException>(() => new PostgreSqlEventStore(dataSource, null!, clock, EventValidator.Default)).ParamName);
        Assert.Equal("clock", Assert.Throws<ArgumentNullException>(() => new PostgreSqlEventStore(dataSource, options, null!, EventValidator.Default)).ParamName);
        Assert.Equal("validator", Assert.Throws<ArgumentNullException>(() => new PostgreSqlEventStore(dataSource, options, clock, null!)).ParamName);
        Assert.Equal("event", (await Assert.ThrowsAsync<ArgumentNullException>(() => store.CreateAsync(null!))).ParamName);
        Assert.Equal("event", (await Assert.ThrowsAsync<ArgumentNullException>(() => store.ReplaceAsync(null!, new EventStoreVersion("1")))).ParamName);
    }

    [Fact]
    public async Task A_channel_name_that_is_not_an_identifier_is_refused_when_the_store_is_made()
    {
        await using var dataSource = NpgsqlDataSource.Create("Host=127.0.0.1");
        var options = Options.Create(new PostgreSqlCatalogOptions { ConnectionString = "Host=127.0.0.1", ChannelName = "prb; DROP TABLE prb_events" });

        var failure = Assert.Throws<OptionsValidationException>(
            () => new PostgreSqlEventStore(dataSource, options, SystemClock.Instance, EventValidator.Default));

        Assert.Equal(
            ["PostgreSqlCatalogOptions.ChannelName must be 1 to 63 lower-case letters, digits and underscores, not starting with a digit."],
            failure.Failures);
    }

    [Fact]
    public async Task Reading_a_slug_never_written_gives_null()
    {
        await using var database = await TestDatabase.CreateAsync(cluster);

        Assert.Null(await database.Store().GetAsync(Konferencja));
    }

    [Fact]
    public async Task An_event_is_stored_with_its_own_last_modified_time()
    {
        await using var database = await TestDatabase.CreateAsync(cluster);
        var own = Instant.FromUtc(2011, 10, 1, 8, 15, 30);
        var @event = TestDatabase.Event("konferencja").ToBuilder().LastModifiedAt(own).Build();

        await database.Store().CreateAsync(@event);

        Assert.Equal(own, (await database.Store().GetAsync(Konferencja))!.LastModified);
    }

    [Fact]
    public async Task An_event_without_its_own_last_modified_time_is_stored_at_the_clock_s_time()
    {
        await using var database = await TestDatabase.CreateAsync(cluster);
        Assert.Null(TestDatabase.Event("konferencja").LastModified);

        await database.Store().CreateAsync(TestDatabase.Event("konferencja"));

        Assert.Equal(database.Clock.GetCurrentInstant(), (await database.Store().GetAsync(Konferencja))!.LastModified);
    }

    [Fact]
    public async Task A_replacement_that_is_not_valid_writes_nothing_and_returns_its_errors()
    {
        await using var database = await TestDatabase.CreateAsync(cluster);
        var store = database.Store();
        var created = await store.CreateAsync(TestDatabase.Event("konferencja"));

        var result = await store.ReplaceAsync(TestDatabase.Event("konferencja", "   ", revision: 1), created.Version!.Value);

        Assert.Equal(EventStoreStatus.Invalid, result.Status);
        Assert.Null(result.Version);
        Assert.Contains(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(created.Version, (await store.GetAsync(Konferencja))!.Version);
    }

    [Fact]
    public async Task A_created_event_comes_back_with_its_warnings()
    {
        await using var database = await TestDatabase.CreateAsync(cluster);
        var late = TestDatabase.Event("konferencja").ToBuilder()
            .WithRegistration(new Registration(deadline: new EventTime(new NodaTime.LocalDateTime(2011, 11, 10, 12, 0))))
            .Build();

        var result = await database.Store().CreateAsync(late);

        Assert.Equal(EventStoreStatus.Created, result.Status);
        Assert.Contains(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Warning && d.Code == DiagnosticCodes.RegistrationAfterStart);
    }

    [Theory]
    [InlineData("+1")]
    [InlineData(" 1")]
    [InlineData("1 ")]
    [InlineData("1.0")]
    [InlineData("-1")]
    public async Task A_version_token_that_is_not_the_plain_number_matches_no_row(string token)
    {
        await using var database = await TestDatabase.CreateAsync(cluster);
        var store = database.Store();
        var created = await store.CreateAsync(TestDatabase.Event("konferencja"));
        Assert.Equal("1", created.Version!.Value.Value);

        var replaced = await store.ReplaceAsync(TestDatabase.Event("konferencja", revision: 1), new EventStoreVersion(token));
        var deleted = await store.DeleteAsync(Konferencja, new EventStoreVersion(token));

        Assert.Equal(EventStoreStatus.Conflict, replaced.Status);
        Assert.Equal(EventStoreStatus.Conflict, deleted.Status);
        Assert.Equal(created.Version, deleted.Version);
    }

    [Fact]
    public async Task A_write_is_announced_on_the_channel_with_the_event_s_slug()
    {
        await using var database = await TestDatabase.CreateAsync(cluster);
        await using var listener = await ListenAsync(database, "prb_events");
        var store = database.Store();

        var created = await store.CreateAsync(TestDatabase.Event("konferencja"));
        var replaced = await store.ReplaceAsync(TestDatabase.Event("konferencja", revision: 1), created.Version!.Value);
        await store.DeleteAsync(Konferencja, replaced.Version!.Value);

        Assert.Equal(("prb_events", "konferencja"), await listener.NextAsync());
        Assert.Equal(("prb_events", "konferencja"), await listener.NextAsync());
        Assert.Equal(("prb_events", "konferencja"), await listener.NextAsync());
    }

    [Fact]
    public async Task A_write_that_changes_nothing_is_announced_to_no_one()
    {
        await using var database = await TestDatabase.CreateAsync(cluster);
        var store = database.Store();
        var created = await store.CreateAsync(TestDatabase.Event("konferencja"));
        await using var listener = await ListenAsync(database, "prb_events");

        Assert.Equal(EventStoreStatus.AlreadyExists, (await store.CreateAsync(TestDatabase.Event("konferencja"))).Status);
        Assert.Equal(EventStoreStatus.Conflict, (await store.ReplaceAsync(TestDatabase.Event("konferencja", revision: 1), new EventStoreVersion("999"))).Status);
        Assert.Equal(EventStoreStatus.NotFound, (await store.DeleteAsync(new Slug("inna"), created.Version!.Value)).Status);
        Assert.Equal(EventStoreStatus.Invalid, (await store.CreateAsync(TestDatabase.Event("pusta", "  "))).Status);
        await store.CreateAsync(TestDatabase.Event("nastepna"));

        // Notifications arrive in the order of the commits: the first one heard is the only write that changed anything.
        Assert.Equal(("prb_events", "nastepna"), await listener.NextAsync());
        Assert.Null(await database.Store().GetAsync(new Slug("pusta")));
    }

    [Fact]
    public async Task Writes_are_announced_on_the_channel_the_options_name()
    {
        await using var database = await TestDatabase.CreateAsync(cluster);
        await using var listener = await ListenAsync(database, "prb_inny_kanal");
        var options = Options.Create(new PostgreSqlCatalogOptions { ConnectionString = database.ConnectionString, ChannelName = "prb_inny_kanal" });
        var store = new PostgreSqlEventStore(database.DataSource, options, database.Clock, EventValidator.Default);

        await store.CreateAsync(TestDatabase.Event("konferencja"));

        Assert.Equal(("prb_inny_kanal", "konferencja"), await listener.NextAsync());
    }

    [Fact]
    public async Task A_caller_blocking_on_a_single_threaded_context_is_not_deadlocked()
    {
        await using var database = await TestDatabase.CreateAsync(cluster);
        // A data source of its own, so the first call opens a connection of its own (and really waits for it).
        await using var dataSource = NpgsqlDataSource.Create(database.ConnectionString);
        var store = new PostgreSqlEventStore(dataSource, TestDatabase.Options(database.ConnectionString), database.Clock, EventValidator.Default);

        // Each call is checked before the next one uses its result: null is a call that never finished.
        var created = NeverRunningContext.BlockOn(() => store.CreateAsync(TestDatabase.Event("konferencja")));
        Assert.Equal(EventStoreStatus.Created, created?.Status);
        var exists = NeverRunningContext.BlockOn(() => store.CreateAsync(TestDatabase.Event("konferencja")));
        Assert.Equal(EventStoreStatus.AlreadyExists, exists?.Status);
        var read = NeverRunningContext.BlockOn(async () => (await store.GetAsync(Konferencja).ConfigureAwait(false))!);
        Assert.NotNull(read);
        Assert.Equal(created!.Version, read.Version);
        var stale = NeverRunningContext.BlockOn(() => store.ReplaceAsync(TestDatabase.Event("konferencja", revision: 1), new EventStoreVersion("999")));
        Assert.Equal(EventStoreStatus.Conflict, stale?.Status);
        var replaced = NeverRunningContext.BlockOn(() => store.ReplaceAsync(TestDatabase.Event("konferencja", revision: 1), read.Version));
        Assert.Equal(EventStoreStatus.Replaced, replaced?.Status);
        var deleted = NeverRunningContext.BlockOn(() => store.DeleteAsync(Konferencja, replaced!.Version!.Value));
        Assert.Equal(EventStoreStatus.Deleted, deleted?.Status);
        var missing = NeverRunningContext.BlockOn(() => store.DeleteAsync(Konferencja, replaced!.Version!.Value));
        Assert.Equal(EventStoreStatus.NotFound, missing?.Status);
    }

    [Fact]
    public async Task The_indexed_times_and_last_modified_column_are_the_event_s_instants()
    {
        await using var database = await TestDatabase.CreateAsync(cluster);
        var own = Instant.FromUtc(2011, 10, 1, 8, 15, 30);
        await database.Store().CreateAsync(TestDatabase.Event("konferencja").ToBuilder().LastModifiedAt(own).Build());

        await using var command = database.DataSource.CreateCommand("SELECT starts_at, ends_at, last_modified FROM prb_events WHERE slug = 'konferencja'");
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());

        Assert.Equal(new DateTime(2011, 11, 9, 9, 0, 0, DateTimeKind.Utc), reader.GetDateTime(0));
        Assert.Equal(new DateTime(2011, 11, 9, 13, 30, 0, DateTimeKind.Utc), reader.GetDateTime(1));
        Assert.Equal(own.ToDateTimeUtc(), reader.GetDateTime(2));
    }

    [Fact]
    public async Task A_replacement_rewrites_every_indexed_column()
    {
        await using var database = await TestDatabase.CreateAsync(cluster);
        var store = database.Store();
        var created = await store.CreateAsync(TestDatabase.Event("konferencja"));
        var json = Encoding.UTF8.GetString(TestDatabase.Document("konferencja", revision: 7))
            .Replace("\"id\": \"konferencja\"", "\"id\": \"konferencja-2\"", StringComparison.Ordinal)
            .Replace("\"kind\": \"conference\"", "\"kind\": \"workshop\"", StringComparison.Ordinal)
            .Replace("\"organizerIds\": [\n    \"dbp-wroclaw\"\n  ]", "\"organizerIds\": [\n    \"bpmig-twardogora\"\n  ]", StringComparison.Ordinal)
            .Replace("\"voivodeship\": \"dolnoslaskie\"\n      },\n      \"directorId\": \"beata-pieta\"", "\"voivodeship\": \"opolskie\"\n      },\n      \"directorId\": \"beata-pieta\"", StringComparison.Ordinal)
            .Replace("\"end\": \"2011-11-09T14:30:00\"", "\"end\": \"2011-11-09T16:00:00\"", StringComparison.Ordinal);
        var own = Instant.FromUtc(2011, 10, 2, 9, 0);
        var replacement = EventDocumentSerializer.Read(Encoding.UTF8.GetBytes(json)).ToBuilder().LastModifiedAt(own).Build();

        var replaced = await store.ReplaceAsync(replacement, created.Version!.Value);

        Assert.Equal(EventStoreStatus.Replaced, replaced.Status);
        await using var command = database.DataSource.CreateCommand(
            "SELECT id, kind, organizer_ids, voivodeships, revision, starts_at, ends_at, last_modified FROM prb_events WHERE slug = 'konferencja'");
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal("konferencja-2", reader.GetString(0));
        Assert.Equal("workshop", reader.GetString(1));
        Assert.Equal(["bpmig-twardogora"], reader.GetFieldValue<string[]>(2));
        Assert.Equal(["opolskie"], reader.GetFieldValue<string[]>(3));
        Assert.Equal(7, reader.GetInt32(4));
        Assert.Equal(new DateTime(2011, 11, 9, 9, 0, 0, DateTimeKind.Utc), reader.GetDateTime(5));
        Assert.Equal(new DateTime(2011, 11, 9, 15, 0, 0, DateTimeKind.Utc), reader.GetDateTime(6));
        Assert.Equal(own.ToDateTimeUtc(), reader.GetDateTime(7));
    }

    private static async Task<Listener> ListenAsync(TestDatabase database, string channel)
    {
        var connection = await database.DataSource.OpenConnectionAsync();
        var listener = new Listener(connection);
        await using var listen = new NpgsqlCommand($"LISTEN {channel}", connection);
        await listen.ExecuteNonQueryAsync();
        return listener;
    }

    /// <summary>A connection that listens, and the notifications it heard, in order.</summary>
    private sealed class Listener : IAsyncDisposable
    {
        private readonly NpgsqlConnection _connection;
        private readonly Queue<(string Channel, string Payload)> _heard = new();

        public Listener(NpgsqlConnection connection)
        {
            _connection = connection;
            _connection.Notification += (_, e) => _heard.Enqueue((e.Channel, e.Payload));
        }

        /// <summary>The next notification; fails after a generous wait.</summary>
        public async Task<(string Channel, string Payload)> NextAsync()
        {
            while (_heard.Count == 0)
            {
                Assert.True(await _connection.WaitAsync(TimeSpan.FromSeconds(60)), "No notification came within 60 seconds.");
            }

            return _heard.Dequeue();
        }

        public ValueTask DisposeAsync() => _connection.DisposeAsync();
    }
}
