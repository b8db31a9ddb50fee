using Microsoft.Extensions.DependencyInjection;

namespace Prb.Events.AspNet.DependencyInjection;

internal sealed class PrbEventsBuilder(IServiceCollection services) : IPrbEventsBuilder
{
    public IServiceCollection Services { get; } = services;
}
