using System.CommandLine;
using Npgsql;
using Prb.Events.PostgreSql;

namespace Prb.Events.Cli.Commands;

/// <summary><c>db migrate --connection "..."</c>: brings a PostgreSQL catalogue's schema up to date.</summary>
internal static class DbCommand
{
    /// <summary>Makes the command group, writing to <paramref name="console"/>.</summary>
    public static Command Create(CliConsole console)
    {
        var connection = new Option<string>("--connection", "-c")
        {
            Description = "The Npgsql connection string of the database, such as \"Host=db;Database=prb;Username=prb\".",
            Required = true,
        };
        var migrate = new Command("migrate", "Apply the migrations the database does not have yet, one at a time across "
            + "instances; print each one applied. Exit 0 when the schema is up to date, 2 when the database cannot be "
            + "reached or a migration fails (nothing of it is kept).")
        {
            connection,
        };
        migrate.SetAction((parse, cancellationToken) => MigrateAsync(parse.GetRequiredValue(connection), console, cancellationToken));
        return new Command("db", "Manage the PostgreSQL catalogue (Prb.Events.PostgreSql).") { migrate };
    }

    /// <summary>Applies the pending migrations of the database at <paramref name="connectionString"/>.</summary>
    public static async Task<int> MigrateAsync(string connectionString, CliConsole console, CancellationToken cancellationToken)
    {
        NpgsqlDataSource dataSource;
        try
        {
            dataSource = NpgsqlDataSource.Create(connectionString);
        }
        catch (ArgumentException e)
        {
            throw CliFailure.Unreadable($"{CliApplication.Name} db migrate: --connection is not a valid connection string: {e.Message}", e);
        }

        await using (dataSource.ConfigureAwait(false))
        {
            IReadOnlyList<string> applied;
            try
            {
                applied = await new PostgreSqlMigrator(dataSource).ApplyAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is NpgsqlException or InvalidOperationException or TimeoutException)
            {
                throw CliFailure.Unreadable($"{CliApplication.Name} db migrate: {Describe(dataSource)}: {e.Message}", e);
            }

            foreach (var id in applied)
            {
                await console.WriteLineAsync($"applied {id}").ConfigureAwait(false);
            }

            await console.WriteLineAsync(applied.Count == 0
                ? $"{Describe(dataSource)}: the schema is up to date ({PostgreSqlMigrator.Migrations.Count} migrations)."
                : $"{Describe(dataSource)}: {applied.Count} migration(s) applied; the schema is up to date.").ConfigureAwait(false);
            return ExitCodes.Success;
        }
    }

    /// <summary>The database, named without its password.</summary>
    private static string Describe(NpgsqlDataSource dataSource)
    {
        var builder = new NpgsqlConnectionStringBuilder(dataSource.ConnectionString);
        return $"database {builder.Database ?? builder.Username ?? "(default)"} on {builder.Host}:{builder.Port}";
    }
}
