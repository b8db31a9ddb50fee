using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Testing;
using Npgsql;

namespace Prb.Events.PostgreSql.Tests.TestSupport;

/// <summary>One migrated database of the cluster, with the catalogues and stores a test makes over it.</summary>
public sealed partial class TestDatabase : IAsyncDisposable
{
    private readonly List<IAsyncDisposable> _owned = [];

    private TestDatabase(string connectionString, NpgsqlDataSource dataSource)
    {
        ConnectionString = connectionString;
        DataSource = dataSource;
    }

    public string ConnectionString { get; }

    public NpgsqlDataSource DataSource { get; }

    public IClock Clock { get; } = new FakeClock(Instant.FromUtc(2026, 5, 20, 12, 0));

    public static async Task<TestDatabase> CreateAsync(PostgresCluster cluster, bool migrate = true)
    {
        var connectionString = await cluster.CreateDatabaseAsync();
        var database = new TestDatabase(connectionString, NpgsqlDataSource.Create(connectionString));
        if (migrate)
        {
            await new PostgreSqlMigrator(database.DataSource).ApplyAsync();
        }

        return database;
    }

    public static IOptions<PostgreSqlCatalogOptions> Options(string connectionString, TimeSpan? resync = null) =>
        Microsoft.Extensions.Options.Options.Create(new PostgreSqlCatalogOptions
        {
            ConnectionString = connectionString,
            ResyncInterval = resync ?? TimeSpan.FromMinutes(10),
        });

    public PostgreSqlEventStore Store() => new(DataSource, Options(ConnectionString), Clock, EventValidator.Default);

    /// <summary>The application name of the connections of an unpooled <see cref="Catalog"/>.</summary>
    public const string CatalogApplicationName = "prb-catalog-under-test";

    /// <summary>A catalogue over its own data source, as another instance of the site would have. Unpooled, its
    /// connections are closed when the catalogue lets them go, and are named <see cref="CatalogApplicationName"/>, so
    /// that pg_stat_activity shows which of them listens.</summary>
    public PostgreSqlEventCatalog Catalog(FakeLogger<PostgreSqlEventCatalog>? logger = null, TimeSpan? resync = null, bool pooled = true)
    {
        var dataSource = NpgsqlDataSource.Create(pooled
            ? ConnectionString
            : new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false, ApplicationName = CatalogApplicationName }.ConnectionString);
        var catalog = new PostgreSqlEventCatalog(dataSource, Options(ConnectionString, resync), Clock, EventScheduler.Default,
            EventValidator.Default, logger ?? new FakeLogger<PostgreSqlEventCatalog>());
        _owned.Add(catalog);
        _owned.Add(dataSource);
        return catalog;
    }

    public async Task ExecuteAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = DataSource.CreateCommand(sql);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        for (var i = _owned.Count - 1; i >= 0; i--)
        {
            await _owned[i].DisposeAsync();
        }

        await DataSource.DisposeAsync();
    }

    /// <summary>The seed conference as a document with another slug, id, title and revision, its formatting kept.</summary>
    public static byte[] Document(string slug, string? title = null, int revision = 0)
    {
        var json = File.ReadAllText(RepositoryRoot.SeedDocument);
        json = IdLine().Replace(json, $"\"id\": \"{slug}\"", 1);
        json = SlugLine().Replace(json, $"\"slug\": \"{slug}\"", 1);
        if (title is not null)
        {
            json = TitleLine().Replace(json, $"\"title\": \"{title}\"", 1);
        }

        json = RevisionLine().Replace(json, $"\"revision\": {revision},", 1);
        return Encoding.UTF8.GetBytes(json);
    }

    /// <summary>The event of <see cref="Document"/>.</summary>
    public static Event Event(string slug, string? title = null, int revision = 0) =>
        EventDocumentSerializer.Read(Document(slug, title, revision));

    /// <summary>Waits until the catalogue shows what <paramref name="condition"/> looks for; fails loudly after a generous timeout.</summary>
    public static async Task WaitUntilAsync(PostgreSqlEventCatalog catalog, Func<Prb.Events.Hosting.EventCatalogSnapshot, bool> condition, string what)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (true)
        {
            if (condition(await catalog.GetSnapshotAsync()))
            {
                return;
            }

            if (timeout.IsCancellationRequested)
            {
                Assert.Fail($"The catalogue did not show {what} within 60 seconds.");
            }

            await Task.Delay(20);
        }
    }

    [GeneratedRegex("\"id\": \"prb-2011-11-09-wroclaw\"")]
    private static partial Regex IdLine();

    [GeneratedRegex("\"slug\": \"prb-2011-11-09-wroclaw\"")]
    private static partial Regex SlugLine();

    [GeneratedRegex("\"title\": \"[^\"]*\"")]
    private static partial Regex TitleLine();

    [GeneratedRegex("\"revision\": 0,")]
    private static partial Regex RevisionLine();
}
