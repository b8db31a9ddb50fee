namespace Prb.Events.AspNet.DependencyInjection;

/// <summary>Registered by <c>AddPrbEvents()</c>, so that <c>MapPrbEvents()</c> can tell it was called.</summary>
internal sealed class PrbEventsMarker;
