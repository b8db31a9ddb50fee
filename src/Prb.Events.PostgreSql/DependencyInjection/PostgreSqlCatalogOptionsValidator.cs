using Microsoft.Extensions.Options;
using Npgsql;

namespace Prb.Events.PostgreSql;

/// <summary>Checks <see cref="PostgreSqlCatalogOptions"/> at start-up; each failure names the option.</summary>
internal sealed class PostgreSqlCatalogOptionsValidator : IValidateOptions<PostgreSqlCatalogOptions>
{
    public ValidateOptionsResult Validate(string? name, PostgreSqlCatalogOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            failures.Add($"{nameof(PostgreSqlCatalogOptions)}.{nameof(PostgreSqlCatalogOptions.ConnectionString)} must name the database (an Npgsql connection string).");
        }
        else
        {
            try
            {
                _ = new NpgsqlConnectionStringBuilder(options.ConnectionString);
            }
            catch (ArgumentException e)
            {
                failures.Add($"{nameof(PostgreSqlCatalogOptions)}.{nameof(PostgreSqlCatalogOptions.ConnectionString)} is not a valid connection string: {e.Message}");
            }
        }

        if (options.ResyncInterval < TimeSpan.FromSeconds(1) || options.ResyncInterval > TimeSpan.FromDays(1))
        {
            failures.Add($"{nameof(PostgreSqlCatalogOptions)}.{nameof(PostgreSqlCatalogOptions.ResyncInterval)} must be from 1 second to 1 day; it is {options.ResyncInterval}.");
        }

        if (!IsChannelName(options.ChannelName))
        {
            failures.Add($"{nameof(PostgreSqlCatalogOptions)}.{nameof(PostgreSqlCatalogOptions.ChannelName)} must be 1 to 63 lower-case letters, digits and underscores, not starting with a digit.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    internal static bool IsChannelName(string? name) =>
        name is { Length: >= 1 and <= 63 } && !char.IsAsciiDigit(name[0]) && name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_');
}
