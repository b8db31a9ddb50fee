using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using Prb.Events.AspNet.Tests.TestSupport;

namespace Prb.Events.AspNet.Tests.Endpoints;

/// <summary>One stored event gives the same bytes and ETag on every instance and after a restart: DTSTAMP and
/// Last-Modified come from the stored modification time, not from when (or by whose clock) it was rendered.</summary>
public sealed partial class StableRenderingTests : IDisposable
{
    private static readonly string[] Paths =
        ["/events/" + Seed.Slug, $"/events/{Seed.Slug}.ics", $"/events/{Seed.Slug}/agenda/wyklad-w-swiecie-bibliotek.ics", "/events/calendar.ics"];

    private readonly TempFolder _folder = Seed.CopyToTempFolder();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task TwoInstancesAndARestart_ServeTheSameBytesAndETags()
    {
        var modified = Instant.FromUtc(2011, 10, 1, 7, 30, 15);
        File.SetLastWriteTimeUtc(_folder.File(Seed.Slug + ".json"), modified.ToDateTimeUtc());

        List<(string ETag, byte[] Body, DateTimeOffset? LastModified)> first, second, restarted;
        await using (var a = await StartAsync(Instant.FromUtc(2026, 11, 28, 8, 0)))
        await using (var b = await StartAsync(Instant.FromUtc(2027, 3, 1, 23, 59)))
        {
            first = await GetAllAsync(a);
            second = await GetAllAsync(b);
        }

        await using (var c = await StartAsync(Instant.FromUtc(2030, 1, 1, 0, 0)))
        {
            restarted = await GetAllAsync(c);
        }

        for (var i = 0; i < Paths.Length; i++)
        {
            Assert.Equal(first[i].ETag, second[i].ETag);
            Assert.Equal(first[i].Body, second[i].Body);
            Assert.Equal(first[i].ETag, restarted[i].ETag);
            Assert.Equal(first[i].Body, restarted[i].Body);
            Assert.Equal(modified.ToDateTimeOffset(), first[i].LastModified);
        }

        var ics = System.Text.Encoding.UTF8.GetString(first[1].Body);
        var stamps = Stamp().Matches(ics).Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.Equal([modified.ToDateTimeUtc().ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture)], stamps);
    }

    [Fact]
    public async Task AnEdit_ChangesTheStamp_ToTheTimeOfTheEdit()
    {
        await using var app = await StartAsync(Instant.FromUtc(2026, 11, 28, 8, 0));
        var before = await GetAllAsync(app);

        var edited = Instant.FromUtc(2012, 1, 2, 3, 4, 5);
        File.SetLastWriteTimeUtc(_folder.File(Seed.Slug + ".json"), edited.ToDateTimeUtc());
        var after = await WaitForAsync(app, all => all[1].LastModified == edited.ToDateTimeOffset());

        Assert.NotEqual(before[1].ETag, after[1].ETag);
        Assert.Contains("DTSTAMP:20120102T030405Z", System.Text.Encoding.UTF8.GetString(after[1].Body), StringComparison.Ordinal);
        Assert.Equal(before[0].ETag, after[0].ETag);
    }

    private async Task<WebApplication> StartAsync(Instant now) =>
        await TestHost.StartAsync(s =>
        {
            s.AddSingleton<IClock>(new FakeClock(now));
            s.AddPrbEvents(o =>
            {
                o.CatalogPath = _folder.FullPath;
                o.CatalogRefreshInterval = TimeSpan.Zero;
            }).AddIcalendar();
        });

    private static async Task<List<(string ETag, byte[] Body, DateTimeOffset? LastModified)>> GetAllAsync(WebApplication app)
    {
        var client = app.Client();
        var all = new List<(string, byte[], DateTimeOffset?)>();
        foreach (var path in Paths)
        {
            using var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            all.Add((response.Headers.ETag!.Tag, await response.Content.ReadAsByteArrayAsync(), response.Content.Headers.LastModified));
        }

        return all;
    }

    private static async Task<List<(string ETag, byte[] Body, DateTimeOffset? LastModified)>> WaitForAsync(
        WebApplication app, Func<List<(string ETag, byte[] Body, DateTimeOffset? LastModified)>, bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            var all = await GetAllAsync(app);
            if (condition(all))
            {
                return all;
            }

            Assert.False(timeout.IsCancellationRequested, "The catalogue did not pick up the changed file within 30 seconds.");
            await Task.Delay(50);
        }
    }

    [GeneratedRegex("DTSTAMP:([0-9TZ]+)\r\n")]
    private static partial Regex Stamp();
}
