using Microsoft.Extensions.DependencyInjection;
using Prb.Events.Export;
using Prb.Events.Hosting;
using Prb.Events.Ical;

namespace Prb.Events.Cli;

/// <summary>The composition root: the same registrations an ASP.NET host makes, without ASP.NET, so that every export
/// format a plugin registers is a <c>--format</c> of the command line.</summary>
internal static class CliServices
{
    /// <summary>Builds the services; <paramref name="icalendar"/> sets the iCalendar export options.</summary>
    public static ServiceProvider Create(Action<IcalendarExportOptions>? icalendar = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<NodaTime.IClock>(NodaTime.SystemClock.Instance);
        services.AddPrbEvents().AddIcalendar(icalendar).AddConferenceSchedules();
        return services.BuildServiceProvider();
    }

    /// <summary>Gets the names of the registered formats that can write one event, in the order they were added.</summary>
    public static IReadOnlyList<string> EventFormatNames()
    {
        using var services = Create();
        return [.. services.GetRequiredService<ExportFormatRegistry>().Supporting(EventExportScopes.Event).Select(r => r.Format.Name)];
    }
}
