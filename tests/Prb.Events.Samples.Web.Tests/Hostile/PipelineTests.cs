using System.Diagnostics;
using System.Net;
using System.Text;
using CsCheck;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using NodaTime;
using Xunit.Abstractions;

namespace Prb.Events.Samples.Web.Tests.Hostile;

/// <summary>The whole pipeline under hostile input: generated documents — valid ones with hostile text and edge dates,
/// mutations of them, and files that are no documents at all — are written to a folder; the site's folder catalogue
/// serves it; every endpoint and both pages are asked for every slug. Counted: 5xx answers and hangs (both must be 0).</summary>
public sealed class PipelineTests(WebApplicationFactory<Program> factory, ITestOutputHelper output) : IClassFixture<WebApplicationFactory<Program>>
{
    private static readonly TimeSpan Hang = TimeSpan.FromSeconds(60);

    private static readonly Gen<string> Text =
        Gen.OneOf(HostileStrings.Accepted.Select(s => Gen.Const(s.Value)).Append(Gen.String[1, 40]).ToArray())
            .Where(t => !string.IsNullOrWhiteSpace(t) && HostileStrings.Refused.All(r => !t.Contains(r.Value, StringComparison.Ordinal)));

    [Fact]
    public async Task Generated_documents_through_the_folder_catalogue_to_every_endpoint_and_page()
    {
        var folder = Directory.CreateTempSubdirectory("prb-pipeline-");
        try
        {
            var (documents, slugs) = Write(folder.FullName);
            var client = factory.WithWebHostBuilder(b => b.UseSetting("PrbEvents:CatalogPath", folder.FullName)).CreateClient();
            client.Timeout = Hang;
            var paths = new List<string> { "/", "/en", "/events", "/events/calendar.ics", "/events?page=2&pageSize=5", "/events?from=0001-01-01&tz=Etc/GMT-14" };
            foreach (var slug in slugs)
            {
                var s = Uri.EscapeDataString(slug);
                paths.AddRange([
                    $"/events/{s}", $"/events/{s}.json", $"/events/{s}.ics", $"/events/{s}/agenda/punkt.ics", $"/events/{s}/schedule.xml",
                    $"/events/{s}/schedule.json", $"/wydarzenia/{s}", $"/en/events/{s}",
                ]);
            }

            var statuses = new Dictionary<int, int>();
            var failures = new List<string>();
            var hangs = 0;
            foreach (var path in paths)
            {
                try
                {
                    var response = await client.GetAsync(path);
                    var status = (int)response.StatusCode;
                    statuses[status] = statuses.GetValueOrDefault(status) + 1;
                    if (status >= 500)
                    {
                        failures.Add($"{path}: {status} {await response.Content.ReadAsStringAsync()}");
                    }
                }
                catch (TaskCanceledException)
                {
                    hangs++;
                    failures.Add($"{path}: no answer within {Hang.TotalSeconds} s");
                }
            }

            output.WriteLine($"{documents} files in the folder, {slugs.Count} slugs, {paths.Count} requests; answers: " +
                string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key} x{s.Value}")) + $"; 5xx: {failures.Count - hangs}, hangs: {hangs}");
            Assert.Empty(failures);
            Assert.True(statuses.GetValueOrDefault(200) > slugs.Count, "most requests are answered with the document");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>Writes valid generated documents, mutations of them, and files that are not documents; returns the
    /// number of files and the slugs that were written (served or not).</summary>
    private static (int Files, List<string> Slugs) Write(string folder)
    {
        var slugs = new List<string>();
        var files = 0;
        var generated = Gen.Select(Text, Text, Gen.Int[0, 3], Gen.Bool, Gen.Int[0, 1_000_000], (title, item, edge, atEnd, n) => (title, item, edge, atEnd, n))
            .Array[40].Single();
        var random = new Random(20111109);
        foreach (var (title, item, edge, atEnd, n) in generated)
        {
            var date = edge == 0 ? new LocalDate(2011, 11, 9) : atEnd ? EventLimits.MaxDate.PlusDays(1 - edge) : EventLimits.MinDate.PlusDays(edge - 1);
            var e = Event.CreateBuilder(new EventId($"e{n}"), title)
                .InZone(random.Next(3) switch { 0 => "Pacific/Kiritimati", 1 => "Etc/GMT+12", _ => "Europe/Warsaw" })
                .On(date, new LocalTime(0, 0), new LocalTime(23, 59))
                .Described(item)
                .AddItem("punkt", AgendaItemKind.Lecture, item, new LocalTime(10, 0), new LocalTime(11, 0))
                .Build();
            var bytes = EventDocumentSerializer.WriteUtf8(e);
            File.WriteAllBytes(Path.Combine(folder, $"e{n}.json"), bytes);
            slugs.Add(e.Slug.Value);
            files++;

            // A mutation of the same document: a few bytes changed, so it reads as something else or not at all.
            var mutated = (byte[])bytes.Clone();
            for (var k = 0; k < 3; k++)
            {
                mutated[random.Next(mutated.Length)] = (byte)random.Next(256);
            }

            File.WriteAllBytes(Path.Combine(folder, $"m{n}.json"), mutated);
            files++;
        }

        // Files that are no documents.
        File.WriteAllBytes(Path.Combine(folder, "empty.json"), []);
        File.WriteAllText(Path.Combine(folder, "not-json.json"), "<html>", Encoding.UTF8);
        File.WriteAllText(Path.Combine(folder, "huge.json"), "{\"title\": \"" + new string('x', 5 * 1024 * 1024) + "\"}", Encoding.UTF8);
        File.CreateSymbolicLink(Path.Combine(folder, "zero.json"), "/dev/zero");
        File.CreateSymbolicLink(Path.Combine(folder, "passwd.json"), "/etc/passwd");
        using (var mkfifo = Process.Start("mkfifo", Path.Combine(folder, "fifo.json")))
        {
            mkfifo.WaitForExit();
        }

        return (files + 6, slugs);
    }
}
