using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Prb.Events.PostgreSql;

/// <summary>
/// Brings a database's schema to the version this package needs: the ordered SQL scripts embedded in the package
/// (<c>0001_create_events</c>, ...), each applied once and recorded in the table <c>prb_schema_migrations</c>.
/// </summary>
/// <remarks>A run takes a transaction-scoped advisory lock first, so two instances starting at once never migrate
/// together: the second waits, then finds nothing left to do. A run applies all pending scripts in one transaction, so
/// a failure leaves the schema as it was. Safe to call on every start.</remarks>
public sealed partial class PostgreSqlMigrator
{
    /// <summary>The advisory-lock key of migrations ("prbevent" in ASCII), held for the length of a run.</summary>
    internal const long LockKey = 0x7072626576656E74;

    private const string ResourcePrefix = "Prb.Events.PostgreSql.Migrations.";
    private readonly NpgsqlDataSource _dataSource;
    private readonly ILogger _logger;

    /// <summary>Initializes a migrator.</summary>
    /// <param name="dataSource">The database.</param>
    /// <param name="logger">Where applied migrations are logged. Optional.</param>
    /// <exception cref="ArgumentNullException"><paramref name="dataSource"/> is null.</exception>
    public PostgreSqlMigrator(NpgsqlDataSource dataSource, ILogger<PostgreSqlMigrator>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        _dataSource = dataSource;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <summary>Gets the ids of every migration this package holds, in the order they are applied.</summary>
    /// <remarks>Read from the assembly on each call (a few small resources, read at start-up), not cached in a static:
    /// so a test sees what the code reads now.</remarks>
    public static IReadOnlyList<string> Migrations => [.. LoadScripts().Select(s => s.Id)];

    /// <summary>Applies the migrations the database does not have yet.</summary>
    /// <param name="cancellationToken">Cancels the run; nothing of it is kept.</param>
    /// <returns>The ids of the migrations this call applied, in order; empty when the schema was up to date.</returns>
    /// <exception cref="NpgsqlException">The database cannot be reached, or a script failed (nothing was applied).</exception>
    public async Task<IReadOnlyList<string>> ApplyAsync(CancellationToken cancellationToken = default)
    {
        var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                await ExecuteAsync(connection, $"SELECT pg_advisory_xact_lock({LockKey})", cancellationToken).ConfigureAwait(false);
                await ExecuteAsync(connection, """
                    CREATE TABLE IF NOT EXISTS prb_schema_migrations (
                        id         text        PRIMARY KEY,
                        applied_at timestamptz NOT NULL DEFAULT now()
                    )
                    """, cancellationToken).ConfigureAwait(false);
                var applied = await ReadAppliedAsync(connection, cancellationToken).ConfigureAwait(false);
                var done = new List<string>();
                foreach (var (id, sql) in LoadScripts())
                {
                    if (applied.Contains(id))
                    {
                        continue;
                    }

                    await ExecuteAsync(connection, sql, cancellationToken).ConfigureAwait(false);
                    var record = new NpgsqlCommand("INSERT INTO prb_schema_migrations (id) VALUES (@id)", connection);
                    await using (record.ConfigureAwait(false))
                    {
                        record.Parameters.AddWithValue("id", id);
                        await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                    }

                    done.Add(id);
                }

                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                foreach (var id in done)
                {
                    LogApplied(id);
                }

                return done;
            }
        }
    }

    /// <summary>Lists the migrations the database has.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The ids of the applied migrations, in order; empty for a database never migrated.</returns>
    /// <exception cref="NpgsqlException">The database cannot be reached.</exception>
    public async Task<IReadOnlyList<string>> GetAppliedAsync(CancellationToken cancellationToken = default)
    {
        var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var exists = new NpgsqlCommand("SELECT to_regclass('prb_schema_migrations') IS NOT NULL", connection);
            await using (exists.ConfigureAwait(false))
            {
                if (await exists.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not true)
                {
                    return [];
                }
            }

            return [.. (await ReadAppliedAsync(connection, cancellationToken).ConfigureAwait(false)).Order(StringComparer.Ordinal)];
        }
    }

    private static async Task<HashSet<string>> ReadAppliedAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var applied = new HashSet<string>(StringComparer.Ordinal);
        var command = new NpgsqlCommand("SELECT id FROM prb_schema_migrations", connection);
        await using (command.ConfigureAwait(false))
        {
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    applied.Add(reader.GetString(0));
                }
            }
        }

        return applied;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        var command = new NpgsqlCommand(sql, connection);
        await using (command.ConfigureAwait(false))
        {
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static List<(string Id, string Sql)> LoadScripts()
    {
        var assembly = typeof(PostgreSqlMigrator).Assembly;
        var scripts = new List<(string Id, string Sql)>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"The migration {name} is missing from the assembly.");
            using var reader = new StreamReader(stream);
            scripts.Add((name[ResourcePrefix.Length..^".sql".Length], reader.ReadToEnd()));
        }

        return scripts;
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Applied the database migration {Migration}.")]
    private partial void LogApplied(string migration);
}
