namespace Prb.Events.PostgreSql.Tests.DependencyInjection;

public sealed class PostgreSqlCatalogOptionsValidatorTests
{
    private const string ConnectionString = "Host=127.0.0.1;Username=postgres;Database=prb";
    private const string ChannelMessage =
        "PostgreSqlCatalogOptions.ChannelName must be 1 to 63 lower-case letters, digits and underscores, not starting with a digit.";

    [Fact]
    public void Options_with_a_connection_string_and_the_defaults_are_valid()
    {
        var result = Validate(new PostgreSqlCatalogOptions { ConnectionString = ConnectionString });

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  \t")]
    public void A_missing_or_blank_connection_string_is_refused_naming_the_option(string? connectionString)
    {
        var result = Validate(new PostgreSqlCatalogOptions { ConnectionString = connectionString });

        Assert.Equal(["PostgreSqlCatalogOptions.ConnectionString must name the database (an Npgsql connection string)."], result.Failures);
    }

    [Fact]
    public void A_connection_string_Npgsql_cannot_read_is_refused_with_its_reason()
    {
        var result = Validate(new PostgreSqlCatalogOptions { ConnectionString = "Host=127.0.0.1;Flavour=raspberry" });

        var failure = Assert.Single(result.Failures!);
        Assert.StartsWith("PostgreSqlCatalogOptions.ConnectionString is not a valid connection string: ", failure, StringComparison.Ordinal);
        Assert.Contains("flavour", failure, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(1_000)]
    [InlineData(86_400_000)]
    public void A_resync_interval_of_1_second_or_1_day_is_valid(int milliseconds)
    {
        var result = Validate(new PostgreSqlCatalogOptions
        {
            ConnectionString = ConnectionString,
            ResyncInterval = TimeSpan.FromMilliseconds(milliseconds),
        });

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Theory]
    [InlineData(-10_000_000L)]
    [InlineData(0L)]
    [InlineData(9_999_999L)]
    [InlineData(864_000_000_001L)]
    public void A_resync_interval_outside_1_second_to_1_day_is_refused_with_its_value(long ticks)
    {
        var interval = TimeSpan.FromTicks(ticks);

        var result = Validate(new PostgreSqlCatalogOptions { ConnectionString = ConnectionString, ResyncInterval = interval });

        Assert.Equal([$"PostgreSqlCatalogOptions.ResyncInterval must be from 1 second to 1 day; it is {interval}."], result.Failures);
    }

    [Theory]
    [InlineData("a")]
    [InlineData("_")]
    [InlineData("_9")]
    [InlineData("prb_events")]
    [InlineData("z0123456789")]
    [InlineData("abcdefghijklmnopqrstuvwxyz_abcdefghijklmnopqrstuvwxyz_012345678")]
    public void A_channel_name_of_lower_case_letters_digits_and_underscores_is_valid(string channel)
    {
        var result = Validate(new PostgreSqlCatalogOptions { ConnectionString = ConnectionString, ChannelName = channel });

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("9lives")]
    [InlineData("Prb_events")]
    [InlineData("prb-events")]
    [InlineData("prb events")]
    [InlineData("wydarzenia_łódź")]
    [InlineData("abcdefghijklmnopqrstuvwxyz_abcdefghijklmnopqrstuvwxyz_0123456789")]
    public void A_channel_name_that_is_not_such_an_identifier_is_refused(string? channel)
    {
        var result = Validate(new PostgreSqlCatalogOptions { ConnectionString = ConnectionString, ChannelName = channel! });

        Assert.Equal([ChannelMessage], result.Failures);
    }

    [Fact]
    public void Every_option_in_error_is_named_in_one_result()
    {
        var result = Validate(new PostgreSqlCatalogOptions { ConnectionString = " ", ResyncInterval = TimeSpan.Zero, ChannelName = "-" });

        Assert.Equal(
            [
                "PostgreSqlCatalogOptions.ConnectionString must name the database (an Npgsql connection string).",
                $"PostgreSqlCatalogOptions.ResyncInterval must be from 1 second to 1 day; it is {TimeSpan.Zero}.",
                ChannelMessage,
            ],
            result.Failures);
    }

    private static Microsoft.Extensions.Options.ValidateOptionsResult Validate(PostgreSqlCatalogOptions options) =>
        new PostgreSqlCatalogOptionsValidator().Validate(null, options);
}
