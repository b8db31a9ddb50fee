namespace Prb.Events.Hosting.Tests.Store;

/// <summary>The outcome of a write: which statuses count as written, and what it holds and shows.</summary>
public sealed class EventStoreResultTests
{
    private static readonly Slug Slug = new("targi-2027");

    [Theory]
    [InlineData(EventStoreStatus.Created, true)]
    [InlineData(EventStoreStatus.Replaced, true)]
    [InlineData(EventStoreStatus.Deleted, true)]
    [InlineData(EventStoreStatus.AlreadyExists, false)]
    [InlineData(EventStoreStatus.NotFound, false)]
    [InlineData(EventStoreStatus.Conflict, false)]
    [InlineData(EventStoreStatus.Invalid, false)]
    public void Only_a_creation_a_replacement_or_a_deletion_succeeded(EventStoreStatus status, bool succeeded) =>
        Assert.Equal(succeeded, new EventStoreResult(status, Slug, null).Succeeded);

    [Fact]
    public void A_result_holds_its_status_slug_version_and_diagnostics()
    {
        var version = new EventStoreVersion("v2");
        Diagnostic[] diagnostics = [new("PRB9999", DiagnosticSeverity.Warning, "title", "Uwaga.")];

        var result = new EventStoreResult(EventStoreStatus.Replaced, Slug, version, diagnostics);

        Assert.Equal(EventStoreStatus.Replaced, result.Status);
        Assert.Equal(Slug, result.Slug);
        Assert.Equal(version, result.Version);
        Assert.Same(diagnostics, result.Diagnostics);
    }

    [Fact]
    public void Without_diagnostics_the_list_is_empty()
    {
        var result = new EventStoreResult(EventStoreStatus.Deleted, Slug, null);

        Assert.NotNull(result.Diagnostics);
        Assert.Empty(result.Diagnostics);
        Assert.Null(result.Version);
    }

    [Fact]
    public void It_shows_as_status_slug_and_version() =>
        Assert.Equal("Created targi-2027 (version abc)", new EventStoreResult(EventStoreStatus.Created, Slug, new EventStoreVersion("abc")).ToString());

    [Fact]
    public void Without_a_version_it_shows_none() =>
        Assert.Equal("NotFound targi-2027 (version none)", new EventStoreResult(EventStoreStatus.NotFound, Slug, null).ToString());
}
