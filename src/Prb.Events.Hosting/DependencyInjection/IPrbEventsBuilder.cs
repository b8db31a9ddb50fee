using Microsoft.Extensions.DependencyInjection;

namespace Prb.Events.Hosting;

/// <summary>What <c>AddPrbEvents()</c> returns: the service collection, for the extension methods that add export
/// formats, catalogues and other plugins (<c>AddIcalendar()</c>, <c>AddConferenceSchedules()</c>, <c>AddExportFormat()</c>).</summary>
public interface IPrbEventsBuilder
{
    /// <summary>Gets the service collection.</summary>
    IServiceCollection Services { get; }
}
