using Microsoft.Extensions.DependencyInjection;

namespace Prb.Events.AspNet.DependencyInjection;

/// <summary>What <c>AddPrbEvents()</c> returns: the service collection, for extension methods that add export formats and other plugins.</summary>
public interface IPrbEventsBuilder
{
    /// <summary>Gets the service collection.</summary>
    IServiceCollection Services { get; }
}
