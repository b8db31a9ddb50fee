using System.Text;
using NodaTime;
using Prb.Events.Hosting.Tests.TestSupport;

namespace Prb.Events.Hosting.Tests.Store;

/// <summary>One event as a store holds it: its bytes as stored, read back into the event.</summary>
public sealed class StoredEventDocumentTests
{
    private static readonly Instant Changed = Instant.FromUtc(2026, 11, 29, 12, 0);

    [Fact]
    public void It_holds_the_bytes_as_stored_with_its_slug_version_and_last_change()
    {
        var bytes = Encoding.UTF8.GetBytes(Seed.Json);

        var stored = new StoredEventDocument(new Slug(Seed.Slug), bytes, new EventStoreVersion("v1"), Changed);

        Assert.Equal(bytes, stored.Document.ToArray());
        Assert.Equal(Seed.Slug, stored.Slug.Value);
        Assert.Equal("v1", stored.Version.Value);
        Assert.Equal(Changed, stored.LastModified);
    }

    [Fact]
    public void The_document_reads_back_into_its_event()
    {
        var stored = new StoredEventDocument(new Slug(Seed.Slug), Encoding.UTF8.GetBytes(Seed.Json), new EventStoreVersion("v1"), Changed);

        var read = stored.ReadEvent();

        Assert.Equal(Seed.Slug, read.Slug.Value);
        Assert.Equal(Seed.Event.Title, read.Title);
    }

    [Fact]
    public void A_stored_document_that_is_not_an_event_document_fails_as_one()
    {
        var stored = new StoredEventDocument(new Slug(Seed.Slug), "{}"u8.ToArray(), new EventStoreVersion("v1"), Changed);

        Assert.Throws<EventDocumentException>(() => stored.ReadEvent());
    }

    [Fact]
    public void A_null_document_is_refused_naming_document() =>
        Assert.Equal("document", Assert.Throws<ArgumentNullException>(() =>
            new StoredEventDocument(new Slug(Seed.Slug), null!, new EventStoreVersion("v1"), Changed)).ParamName);
}
