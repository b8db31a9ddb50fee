namespace Prb.Events.Hosting;

/// <summary>Registered by <c>AddPrbEvents()</c>, so that hosts (such as <c>MapPrbEvents()</c>) can tell it was called.</summary>
public sealed class PrbEventsMarker
{
    internal PrbEventsMarker()
    {
    }
}
