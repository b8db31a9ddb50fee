namespace Prb.Events.PostgreSql;

/// <summary>The options of the PostgreSQL catalogue, set through <c>AddPostgreSqlCatalog(options =&gt; ...)</c> and
/// validated at start-up.</summary>
public sealed class PostgreSqlCatalogOptions
{
    /// <summary>Gets or sets the Npgsql connection string of the database. Required.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Gets or sets whether the catalogue applies pending migrations (<see cref="PostgreSqlMigrator"/>) before
    /// it first reads. False by default: migrate explicitly, with <c>prb-events db migrate</c>.</summary>
    public bool ApplyMigrationsAtStartup { get; set; }

    /// <summary>Gets or sets how often the catalogue reads the whole table again, the safety net for a notification
    /// that was lost (a dropped connection, a write made without one). From 1 second to 1 day; 1 minute by default.</summary>
    public TimeSpan ResyncInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Gets or sets the LISTEN/NOTIFY channel on which writes are announced: lower-case letters, digits and
    /// underscores, starting with a letter or an underscore, at most 63 characters. <c>prb_events</c> by default.</summary>
    public string ChannelName { get; set; } = "prb_events";
}
