using Microsoft.Extensions.DependencyInjection;

namespace Prb.Events.Hosting;

internal sealed class PrbEventsBuilder(IServiceCollection services) : IPrbEventsBuilder
{
    public IServiceCollection Services { get; } = services;
}
