using System.Runtime.CompilerServices;
using System.Text;
using ApprovalTests;
using ApprovalTests.Reporters;
using Prb.Events.Ical.Tests.TestSupport;

namespace Prb.Events.Ical.Tests;

/// <summary>
/// The committed snapshot of the seed conference's .ics, event and agenda items. A missing or changed snapshot fails:
/// the quiet reporter launches no diff tool, and the octets are compared as well, since line ends are what this file is
/// about. To accept a change on purpose, copy the .received.ics over the .approved.ics and review the diff.
/// </summary>
[UseReporter(typeof(QuietReporter))]
public class IcalendarSnapshotTests
{
    [Fact]
    public void Seed_conference_ics()
    {
        var octets = Samples.Exporter(Samples.WithItems).ToUtf8(Samples.Seed);
        var approved = ApprovedPath();
        Approvals.VerifyWithExtension(Encoding.UTF8.GetString(octets), ".ics");

        Assert.True(File.Exists(approved), $"The snapshot {approved} is missing.");
        Assert.True(octets.AsSpan().SequenceEqual(File.ReadAllBytes(approved)),
            $"The snapshot {approved} does not have the same octets as the export (line ends or encoding differ).");
    }

    private static string ApprovedPath([CallerFilePath] string source = "") =>
        Path.Combine(Path.GetDirectoryName(source)!, $"{nameof(IcalendarSnapshotTests)}.{nameof(Seed_conference_ics)}.approved.ics");
}
