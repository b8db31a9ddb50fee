using System.Text;
using Prb.Events.Export;

namespace Prb.Events.AspNet.Tests.TestSupport;

/// <summary>A host's own export format: one line of text, counting how often it renders.</summary>
public sealed class CountingFormat : IEventExportFormat
{
    private int _writes;

    public int Writes => _writes;

    public string Name => "txt";

    public string MediaType => "text/plain; charset=utf-8";

    public string FileExtension => ".txt";

    public void Write(Event @event, Stream destination)
    {
        Interlocked.Increment(ref _writes);
        var bytes = Encoding.UTF8.GetBytes($"{@event.FullTitle}\n");
        destination.Write(bytes);
    }
}
