using System.Text;
using Prb.Events.Ical.Tests.TestSupport;

namespace Prb.Events.Ical.Tests.Fuzzing;

/// <summary>
/// The seeds of the import fuzzer: hand-written files in the shape of what Outlook (a "Customized Time Zone", Windows
/// TZIDs), Google Calendar and Apple Calendar export, Polish text folded by hand, and our own exporter's output of the
/// seed conference (the event with its agenda, one agenda item, and a feed). Also the large inputs made in memory.
/// </summary>
internal static class ImportCorpus
{
    private static readonly Lazy<IReadOnlyList<(string Name, byte[] Octets)>> Seeds = new(Load);

    /// <summary>Gets every seed: the files of Corpus/ and the exporter's outputs.</summary>
    internal static IReadOnlyList<(string Name, byte[] Octets)> All => Seeds.Value;

    /// <summary>Gets the files of Corpus/ only.</summary>
    internal static IEnumerable<(string Name, byte[] Octets)> Files => All.Where(s => s.Name.EndsWith(".ics", StringComparison.Ordinal));

    /// <summary>Folds every line at 75 octets wherever that falls, inside a character too, as simple producers do.</summary>
    internal static byte[] FoldEvery75Octets(byte[] octets)
    {
        var text = Encoding.UTF8.GetString(octets).Replace("\r\n ", string.Empty, StringComparison.Ordinal).Replace("\r\n\t", string.Empty, StringComparison.Ordinal);
        var folded = new List<byte>(octets.Length * 2);
        var column = 0;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            if (b is (byte)'\r' or (byte)'\n')
            {
                folded.Add(b);
                column = 0;
                continue;
            }

            if (column == 75)
            {
                folded.AddRange("\r\n "u8.ToArray());
                column = 1;
            }

            folded.Add(b);
            column++;
        }

        return [.. folded];
    }

    /// <summary>Makes a calendar of at most <paramref name="octets"/> octets: a header, then pieces while they fit, then the tail.</summary>
    internal static byte[] Calendar(int octets, Func<int, string> piece, string head = "", string tail = "END:VCALENDAR\r\n")
    {
        var builder = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Prb.Events//Fuzzing//EN\r\n").Append(head);
        var size = Encoding.UTF8.GetByteCount(builder.ToString()) + Encoding.UTF8.GetByteCount(tail);
        for (var i = 0; ; i++)
        {
            var next = piece(i);
            var nextSize = Encoding.UTF8.GetByteCount(next);
            if (nextSize == 0 || size + nextSize > octets)
            {
                break;
            }

            builder.Append(next);
            size += nextSize;
        }

        return Encoding.UTF8.GetBytes(builder.Append(tail).ToString());
    }

    private static List<(string Name, byte[] Octets)> Load()
    {
        var seeds = Directory.GetFiles(RepositoryRoot.PathOf("tests", "Prb.Events.Ical.Tests", "Corpus"), "*.ics")
            .Order(StringComparer.Ordinal)
            .Select(path => (Path.GetFileName(path), File.ReadAllBytes(path)))
            .ToList();
        var exporter = Samples.Exporter(new IcalendarExportOptions { IncludeAgendaItems = true, AlarmBeforeStart = NodaTime.Duration.FromMinutes(15) });
        seeds.Add(("exporter: seed with agenda", exporter.ToUtf8(Samples.Seed)));
        seeds.Add(("exporter: one agenda item", exporter.ItemToUtf8(Samples.Seed, Samples.Seed.Agenda[0].Id)));
        seeds.Add(("exporter: feed", exporter.FeedToUtf8([Samples.Seed])));
        return seeds;
    }
}
