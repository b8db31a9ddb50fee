using System.Collections.Concurrent;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Testing;
using Prb.Events.Hosting;
using Prb.Events.Hosting.Tests.TestSupport;
using Prb.Events.Ical;

namespace Prb.Events.Hosting.Tests.Catalog;

/// <summary>
/// The folder catalogue under sixteen callers at once while its files are being edited: every snapshot is complete
/// (every event of the folder, each exactly as one of the versions written, never a half-written one), snapshots only
/// move forward, and once the edits stop every caller gets what a serial read of the files gives, byte for byte.
/// </summary>
public sealed class FolderEventCatalogConcurrencyTests : IDisposable
{
    private const int Callers = 16;
    private const int Files = 6;
    private const string Title = "Biblioteki w partnerstwach lokalnych – dobre praktyki";

    private readonly TempFolder _folder = new();
    private readonly FakeClock _clock = new(Instant.FromUtc(2026, 11, 28, 8, 0));

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Files_replaced_while_sixteen_callers_read_always_give_complete_snapshots()
    {
        // Editors and deploy tools replace a file whole: they write a temporary file and rename it over the old one.
        var outcome = Run(edits: 300, (path, octets) =>
        {
            File.WriteAllBytes(path + ".tmp", octets);
            File.Move(path + ".tmp", path, overwrite: true);
        }, allowMissing: false);

        Assert.True(outcome.Snapshots > Callers, $"{outcome.Snapshots} snapshots");
    }

    [Fact]
    public void Files_rewritten_in_place_never_give_a_half_written_event()
    {
        // A file rewritten in place can be read half-written: it is left out of that snapshot (and logged), never served half.
        var outcome = Run(edits: 300, File.WriteAllBytes, allowMissing: true);

        Assert.True(outcome.Snapshots > Callers, $"{outcome.Snapshots} snapshots");
    }

    private (int Snapshots, int Versions) Run(int edits, Action<string, byte[]> write, bool allowMissing)
    {
        // Two versions of each file; B differs from A in its title only, with the same length, so that only the
        // time of the change tells them apart.
        var seed = Seed.Json;
        var versions = Enumerable.Range(0, Files).Select(i =>
        {
            var a = seed.Replace(Seed.Slug, $"wydarzenie-{i}", StringComparison.Ordinal);
            var b = a.Replace(Title, Title.ToUpperInvariant(), StringComparison.Ordinal);
            Assert.Equal(a.Length, b.Length);
            return (Path: _folder.File($"wydarzenie-{i}.json"), Slug: $"wydarzenie-{i}", A: Utf8(a), B: Utf8(b));
        }).ToArray();
        var valid = versions.ToDictionary(v => v.Slug, v => new[] { Canonical(v.A), Canonical(v.B) }, StringComparer.Ordinal);
        foreach (var v in versions)
        {
            File.WriteAllBytes(v.Path, v.A);
        }

        // A refresh interval of zero: every call looks at the folder, the most contention there can be.
        using var catalog = new FolderEventCatalog(
            Options.Create(new PrbEventsOptions { CatalogPath = _folder.FullPath, CatalogRefreshInterval = TimeSpan.Zero }), _clock,
            EventScheduler.Default, EventValidator.Default, new FakeLogger<FolderEventCatalog>());
        var final = new byte[Files][];
        var writing = true;
        var writer = new Thread(() =>
        {
            for (var k = 0; k < edits; k++)
            {
                var v = versions[k % Files];
                final[k % Files] = (k / Files) % 2 == 0 ? v.B : v.A;
                write(v.Path, final[k % Files]);
            }

            Volatile.Write(ref writing, false);
        });

        var problems = new ConcurrentQueue<string>();
        var seenVersions = new ConcurrentDictionary<long, bool>();
        writer.Start();
        var counts = ParallelCallers.Run(Callers, _ =>
        {
            var count = 0;
            long last = 0;
            while (Volatile.Read(ref writing) || count < 3)
            {
                var snapshot = catalog.GetSnapshotAsync().AsTask().GetAwaiter().GetResult();
                count++;
                seenVersions.TryAdd(snapshot.Version, true);
                if (snapshot.Version < last)
                {
                    problems.Enqueue($"version {snapshot.Version} after {last}");
                }

                last = snapshot.Version;
                if (!allowMissing && snapshot.Entries.Count != Files)
                {
                    problems.Enqueue($"snapshot {snapshot.Version} has {snapshot.Entries.Count} events: {string.Join(", ", snapshot.Entries.Select(e => e.Event.Slug.Value))}");
                }

                foreach (var entry in snapshot.Entries)
                {
                    var octets = Canonical(entry.Event);
                    if (!valid.TryGetValue(entry.Event.Slug.Value, out var allowed) || !allowed.Any(a => a.AsSpan().SequenceEqual(octets)))
                    {
                        problems.Enqueue($"snapshot {snapshot.Version} has {entry.Event.Slug.Value} in no version written");
                    }
                }
            }

            return count;
        });
        writer.Join();
        Assert.True(problems.IsEmpty, string.Join("\n", problems.Take(20)));

        // The edits have stopped. While one caller refreshes, the others are served the snapshot before (by design);
        // after one call that refreshes, sixteen callers get what a serial read of the files gives, byte for byte.
        catalog.GetSnapshotAsync().AsTask().GetAwaiter().GetResult();
        var expected = Render(versions.Select(v => EventDocumentSerializer.Read(File.ReadAllBytes(v.Path))));
        Assert.Equal(Render(versions.Select(v => EventDocumentSerializer.Read(final[Array.IndexOf(versions, v)]))), expected);
        var renderings = ParallelCallers.Run(Callers, _ => Render(catalog.GetSnapshotAsync().AsTask().GetAwaiter().GetResult().Entries.Select(e => e.Event)));
        Assert.All(renderings, r => Assert.Equal(expected, r));
        return (counts.Sum(), seenVersions.Count);
    }

    /// <summary>The events as the catalogue's formats write them: each document, and the feed of them all.</summary>
    private static string Render(IEnumerable<Event> events)
    {
        var ordered = events.OrderBy(e => e.Slug.Value, StringComparer.Ordinal).ToList();
        var exporter = new IcalendarExporter(new FakeClock(Instant.FromUtc(2026, 1, 1, 0, 0)), new IcalendarExportOptions { IncludeAgendaItems = true });
        return string.Join("\n", ordered.Select(EventDocumentSerializer.Write)) + exporter.FeedToText(ordered);
    }

    private static byte[] Canonical(byte[] document) => Canonical(EventDocumentSerializer.Read(document));

    private static byte[] Canonical(Event e) => EventDocumentSerializer.WriteUtf8(e);

    private static byte[] Utf8(string text) => System.Text.Encoding.UTF8.GetBytes(text);
}
