using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Prb.Events.Hosting.Tests.TestSupport;

namespace Prb.Events.Hosting.Tests.Catalog;

/// <summary>Loading one file of the catalogue folder: the size limit at its edge, a file that grows between the look
/// at its metadata and its reading, and the log line of a document left out for its validation errors.</summary>
public sealed class FolderCatalogLoaderTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly FakeLogger<FolderEventCatalog> _logger = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_file_of_exactly_the_limit_is_read_whole_and_one_byte_more_is_not()
    {
        var octets = Enumerable.Range(0, 200_000).Select(i => (byte)(i % 251)).ToArray();
        await File.WriteAllBytesAsync(_folder.File("a.json"), octets);

        var exactly = await FolderCatalogLoader.ReadCappedAsync(_folder.File("a.json"), octets.Length, CancellationToken.None);
        var tooMuch = await FolderCatalogLoader.ReadCappedAsync(_folder.File("a.json"), octets.Length - 1, CancellationToken.None);

        Assert.Equal(octets, exactly);
        Assert.Null(tooMuch);
    }

    [Fact]
    public async Task A_document_of_exactly_MaxDocumentSize_bytes_is_served()
    {
        var path = _folder.File("seed.json");
        File.Copy(Seed.Path, path);
        var size = new FileInfo(path).Length;

        var file = await Loader(size).LoadAsync(new FileInfo(path), default, CancellationToken.None);

        Assert.Equal(Seed.Slug, file.Entry?.Event.Slug.Value);
        Assert.Empty(_logger.Collector.GetSnapshot());
    }

    [Fact]
    public async Task A_document_one_byte_over_MaxDocumentSize_is_not_read()
    {
        var path = _folder.File("seed.json");
        File.Copy(Seed.Path, path);
        var size = new FileInfo(path).Length;

        var file = await Loader(size - 1).LoadAsync(new FileInfo(path), default, CancellationToken.None);

        Assert.Null(file.Entry);
        var record = Assert.Single(_logger.Collector.GetSnapshot());
        Assert.Equal(LogLevel.Warning, record.Level);
        Assert.Contains($"it has {size} bytes, more than the limit of {size - 1}", record.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_document_that_grew_beyond_the_limit_after_its_size_was_looked_at_is_left_out()
    {
        var path = _folder.File("seed.json");
        File.Copy(Seed.Path, path);
        var info = new FileInfo(path);
        var size = info.Length;

        // The file grows between the scan (which saw its old size) and the read.
        await File.AppendAllTextAsync(path, "   ");
        var file = await Loader(size).LoadAsync(info, default, CancellationToken.None);

        Assert.Null(file.Entry);
        var record = Assert.Single(_logger.Collector.GetSnapshot());
        Assert.Equal(LogLevel.Warning, record.Level);
        Assert.Equal($"seed.json in the event catalogue folder is not read: it grew beyond the limit of {size} bytes (MaxDocumentSize) while being read.", record.Message);
    }

    [Fact]
    public async Task A_document_with_validation_errors_is_left_out_with_their_count()
    {
        // A blank title (PRB1001) and a day that ends before it starts (PRB1002): two errors.
        var path = _folder.File("dwa-bledy.json");
        await File.WriteAllTextAsync(path, """
            {
              "formatVersion": "1.0",
              "id": "dwa-bledy",
              "title": " ",
              "kind": "training",
              "timeZone": "Europe/Warsaw",
              "days": [ { "start": "2012-03-20T09:00:00", "end": "2012-03-20T08:00:00" } ],
              "language": "pl"
            }
            """);

        var file = await Loader(1 << 20).LoadAsync(new FileInfo(path), default, CancellationToken.None);

        Assert.Null(file.Entry);
        var records = _logger.Collector.GetSnapshot();
        Assert.Equal(3, records.Count);
        Assert.All(records, r => Assert.Equal(LogLevel.Error, r.Level));
        Assert.Equal("Event document dwa-bledy.json has 2 validation errors and is left out until they are fixed.", records[^1].Message);
    }

    [Fact]
    public async Task The_stamp_it_was_read_at_is_kept_with_the_file()
    {
        var path = _folder.File("seed.json");
        File.Copy(Seed.Path, path);
        var stamp = new FolderCatalogStamp(new DateTime(2020, 1, 2, 3, 4, 5, DateTimeKind.Utc), 42);

        var file = await Loader(1 << 20).LoadAsync(new FileInfo(path), stamp, CancellationToken.None);

        Assert.Equal(stamp, file.Stamp);
    }

    private FolderCatalogLoader Loader(long maxDocumentSize) =>
        new(_folder.FullPath, maxDocumentSize, EventScheduler.Default, EventValidator.Default, _logger);
}
