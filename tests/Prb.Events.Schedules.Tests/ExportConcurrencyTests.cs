using CsCheck;
using Prb.Events.Export;
using Prb.Events.Schedules;
using Prb.Events.Tests.TestSupport;

namespace Prb.Events.Schedules.Tests;

/// <summary>The export formats of Core under sixteen callers at once give, call for call, the bytes of a serial run.</summary>
public sealed class ExportConcurrencyTests
{
    private const int Callers = 16;

    public static TheoryData<string> Formats => ["json", "schedule-xml", "schedule-json"];

    [Theory]
    [MemberData(nameof(Formats))]
    public void Sixteen_parallel_callers_get_the_bytes_of_a_serial_run(string name)
    {
        IEventExportFormat format = name switch
        {
            "json" => JsonDocumentExportFormat.Instance,
            "schedule-xml" => ScheduleXmlExportFormat.Instance,
            _ => ScheduleJsonExportFormat.Instance,
        };
        Event[] events =
        [
            EventDocumentSerializer.Read(File.ReadAllBytes(RepositoryFiles.SeedDocumentPath)),
            .. EventGenerators.Schedules.Array[15].Single(),
        ];
        var serial = events.Select(e => Write(format, e)).ToArray();

        // Each caller goes through every event, starting at its own, three times over.
        var parallel = ParallelCallers.Run(Callers, caller =>
            Enumerable.Range(0, 3 * events.Length).Select(k => (caller + k) % events.Length).Select(i => (i, Write(format, events[i]))).ToList());

        Assert.All(parallel.SelectMany(results => results), result => Assert.Equal(serial[result.i], result.Item2));
    }

    private static byte[] Write(IEventExportFormat format, Event e)
    {
        using var stream = new MemoryStream();
        format.Write(e, stream);
        return stream.ToArray();
    }
}
