using Microsoft.Net.Http.Headers;
using Prb.Events.AspNet.DependencyInjection;
using Prb.Events.Export;

namespace Prb.Events.AspNet.Endpoints;

/// <summary>The export formats registered with the host, found by name and by media type.</summary>
internal sealed class ExportFormatRegistry
{
    public ExportFormatRegistry(IEnumerable<ExportFormatRegistration> registrations)
    {
        var byName = new Dictionary<string, ExportFormatRegistration>(StringComparer.Ordinal);
        foreach (var registration in registrations)
        {
            byName.TryAdd(registration.Format.Name, registration);
        }

        Registrations = byName.Values.ToArray();
        ByName = byName;
    }

    public IReadOnlyList<ExportFormatRegistration> Registrations { get; }

    public IReadOnlyDictionary<string, ExportFormatRegistration> ByName { get; }

    /// <summary>Picks the format for an Accept header: the highest quality that a format matches, the first registered
    /// (the JSON document) for no header or <c>*/*</c>, and null when nothing acceptable is registered.</summary>
    public IEventExportFormat? Negotiate(IList<string>? accept)
    {
        if (accept is null || accept.Count == 0 || !MediaTypeHeaderValue.TryParseList(accept, out var ranges) || ranges.Count == 0)
        {
            return Registrations.Count > 0 ? Registrations[0].Format : null;
        }

        foreach (var range in ranges.OrderByDescending(r => r.Quality ?? 1.0))
        {
            if (range.Quality is 0)
            {
                continue;
            }

            foreach (var registration in Registrations)
            {
                var type = MediaTypeHeaderValue.Parse(registration.Format.MediaType);
                if (type.IsSubsetOf(range))
                {
                    return registration.Format;
                }
            }
        }

        return null;
    }
}
