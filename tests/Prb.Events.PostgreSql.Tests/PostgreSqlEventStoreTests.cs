using System.Globalization;
using Npgsql;
using Prb.Events.Hosting;
using Prb.Events.PostgreSql.Tests.TestSupport;

namespace Prb.Events.PostgreSql.Tests;

[Collection(PostgresTests.Name)]
public sealed class PostgreSqlEventStoreTests(PostgresCluster cluster)
{
    private static readonly Slug Konferencja = new("konferencja");

    [Fact]
    public async Task Create_ReadsBackByteForByte()
    {
        await using var database = await TestDatabase.CreateAsync(cluster);
        var store = database.Store();
        // Polish, an emoji outside the BMP, right-to-left Arabic and Hebrew.
        var @event = TestDatabase.Event("konferencja", "Zażółć gęślą jaźń – ŁÓDŹ 🎉📚 مكتبة عامة שלום");

        var written = await store.CreateAsync(@event);
        var read = await store.GetAsync(Konferencja);

        Assert.Equal(EventStoreStatus.Created, written.Status);
        Assert.NotNull(read);
        // The document the contract names: what the serializer writes for the event, byte for byte.
        Assert.Equal(EventDocumentSerializer.WriteUtf8(@event), read.Document.ToArray());
        Assert.Equal(written.Version, read.Version);
        Assert.Equal("Zażółć gęślą jaźń – ŁÓDŹ 🎉📚 مكتبة عامة שלום", read.ReadEvent().Title);
    }

    [Fact]
    public async Task Create_FillsTheIndexedColumns()
    {
        await using var database = await TestDatabase.CreateAsync(cluster);
        await database.Store().CreateAsync(TestDatabase.Event("konferencja", revision: 3));

        await using var command = database.DataSource.CreateCommand(
            "SELECT id, kind, organizer_ids, voivodeships, revision, starts_at, ends_at FROM prb_events WHERE slug = 'konferencja'");
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal("konferencja", reader.GetString(0));
        Assert.Equal("conference", reader.GetString(1));
        Assert.Contains("dbp-wroclaw", reader.GetFieldValue<string[]>(2));
        Assert.Equal(["dolnoslaskie"], reader.GetFieldValue<string[]>(3));
        Assert.Equal(3, reader.GetInt32(4));
        Assert.Equal(new DateTime(2011, 11, 9, 9, 0, 0, DateTimeKind.Utc), reader.GetDateTime(5));
        Assert.True(reader.GetDateTime(6) > reader.GetDateTime(5));
    }

    [Fact]
    public async Task Writes_ConflictsAndAbsencesAreResults()
    {
        await using var database = await TestDatabase.CreateAsync(cluster);
        var store = database.Store();
        var created = await store.CreateAsync(TestDatabase.Event("konferencja"));
        var first = created.Version!.Value;
        var older = new EventStoreVersion((Number(first) - 1).ToString(CultureInfo.InvariantCulture));

        var again = await store.CreateAsync(TestDatabase.Event("konferencja"));
        var stale = await store.ReplaceAsync(TestDatabase.Event("konferencja", revision: 1), older);
        var foreign = await store.ReplaceAsync(TestDatabase.Event("konferencja", revision: 1), new EventStoreVersion("not-a-number"));
        var missing = await store.ReplaceAsync(TestDatabase.Event("inna"), first);
        var replaced = await store.ReplaceAsync(TestDatabase.Event("konferencja", revision: 1), first);
        var staleDelete = await store.DeleteAsync(Konferencja, first);
        var deleted = await store.DeleteAsync(Konferencja, replaced.Version!.Value);
        var deletedAgain = await store.DeleteAsync(Konferencja, replaced.Version.Value);
        var recreated = await store.CreateAsync(TestDatabase.Event("konferencja"));

        Assert.Equal(EventStoreStatus.AlreadyExists, again.Status);
        Assert.Equal(first, again.Version);
        Assert.Equal(EventStoreStatus.Conflict, stale.Status);
        Assert.Equal(first, stale.Version);
        Assert.Equal(EventStoreStatus.Conflict, foreign.Status);
        Assert.Equal(EventStoreStatus.NotFound, missing.Status);
        Assert.Null(missing.Version);
        Assert.Equal(EventStoreStatus.Replaced, replaced.Status);
        Assert.True(Number(replaced.Version.Value) > Number(first));
        Assert.Equal(EventStoreStatus.Conflict, staleDelete.Status);
        Assert.Equal(replaced.Version, staleDelete.Version);
        Assert.Equal(EventStoreStatus.Deleted, deleted.Status);
        Assert.Equal(EventStoreStatus.NotFound, deletedAgain.Status);
        // A version is never reused: an ETag taken before the deletion cannot match the new event.
        Assert.True(Number(recreated.Version!.Value) > Number(replaced.Version.Value));
    }

    [Fact]
    public async Task Create_InvalidEvent_IsNotWritten()
    {
        await using var database = await TestDatabase.CreateAsync(cluster);
        var store = database.Store();

        var result = await store.CreateAsync(TestDatabase.Event("konferencja", "   "));

        Assert.Equal(EventStoreStatus.Invalid, result.Status);
        Assert.Null(result.Version);
        Assert.Contains(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Null(await store.GetAsync(Konferencja));
    }

    [Fact]
    public async Task Replace_SixteenClientsAtOnce_OneWinsPerVersionAndNothingIsLost()
    {
        await using var database = await TestDatabase.CreateAsync(cluster);
        var store = database.Store();
        await store.CreateAsync(TestDatabase.Event("konferencja"));
        var winsByVersion = new System.Collections.Concurrent.ConcurrentDictionary<EventStoreVersion, int>();
        var successes = 0;

        async Task ClientAsync()
        {
            for (var attempt = 0; attempt < 8; attempt++)
            {
                var current = (await store.GetAsync(Konferencja))!;
                var next = TestDatabase.Event("konferencja", revision: current.ReadEvent().Revision + 1);
                var result = await store.ReplaceAsync(next, current.Version);
                if (result.Status == EventStoreStatus.Replaced)
                {
                    winsByVersion.AddOrUpdate(current.Version, 1, (_, n) => n + 1);
                    Interlocked.Increment(ref successes);
                }
                else
                {
                    Assert.Equal(EventStoreStatus.Conflict, result.Status);
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(ClientAsync)));

        Assert.True(successes > 0);
        Assert.All(winsByVersion.Values, wins => Assert.Equal(1, wins));
        Assert.Equal(successes, (await store.GetAsync(Konferencja))!.ReadEvent().Revision);
    }

    [Fact]
    public async Task Replace_ConnectionKilledMidTransaction_LeavesThePreviousVersion()
    {
        await using var database = await TestDatabase.CreateAsync(cluster);
        var store = database.Store();
        var original = TestDatabase.Event("konferencja");
        var created = await store.CreateAsync(original);

        // Hold the row, so the writer's UPDATE waits inside its transaction; then kill the writer's backend.
        await using var blocker = new NpgsqlConnection(database.ConnectionString);
        await blocker.OpenAsync();
        await using var hold = await blocker.BeginTransactionAsync();
        await using (var select = new NpgsqlCommand("SELECT 1 FROM prb_events WHERE slug = 'konferencja' FOR UPDATE", blocker, hold))
        {
            await select.ExecuteNonQueryAsync();
        }

        var writer = store.ReplaceAsync(TestDatabase.Event("konferencja", "Nowy tytuł", revision: 1), created.Version!.Value);
        await using (var kill = new NpgsqlCommand("""
            DO $$
            DECLARE victim int;
            BEGIN
              FOR i IN 1..6000 LOOP
                PERFORM pg_stat_clear_snapshot();
                SELECT pid INTO victim FROM pg_stat_activity
                 WHERE wait_event_type = 'Lock' AND query LIKE 'UPDATE prb_events%' AND pid <> pg_backend_pid();
                IF victim IS NOT NULL THEN PERFORM pg_terminate_backend(victim); RETURN; END IF;
                PERFORM pg_sleep(0.01);
              END LOOP;
              RAISE EXCEPTION 'the writer never waited on the row';
            END $$
            """, blocker, hold))
        {
            await kill.ExecuteNonQueryAsync();
        }

        await Assert.ThrowsAnyAsync<Exception>(() => writer);
        await hold.RollbackAsync();

        var read = await store.GetAsync(Konferencja);
        Assert.Equal(created.Version, read!.Version);
        Assert.Equal(EventDocumentSerializer.WriteUtf8(original), read.Document.ToArray());
        var retried = await store.ReplaceAsync(TestDatabase.Event("konferencja", "Nowy tytuł", revision: 1), created.Version.Value);
        Assert.Equal(EventStoreStatus.Replaced, retried.Status);
    }

    private static long Number(EventStoreVersion version) => long.Parse(version.Value, CultureInfo.InvariantCulture);
}
