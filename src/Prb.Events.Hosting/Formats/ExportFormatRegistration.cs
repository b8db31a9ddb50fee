using Prb.Events.Export;

namespace Prb.Events.Hosting;

/// <summary>An export format registered with a host, and the routes (relative to the host's events prefix) where an
/// HTTP host serves what the format can write.</summary>
/// <remarks>Immutable. The routes follow the format's <see cref="IEventExportFormat.Scopes"/>: event routes only for
/// <see cref="EventExportScopes.Event"/>, an agenda-item route only for <see cref="EventExportScopes.AgendaItem"/>, a
/// feed route only for <see cref="EventExportScopes.Feed"/>.</remarks>
public sealed class ExportFormatRegistration
{
    /// <summary>Initializes a registration.</summary>
    /// <param name="format">The format.</param>
    /// <param name="eventRoutes">Route templates of one event, each containing <c>{slug}</c>, such as <c>{slug}/schedule.xml</c>;
    /// none given means <c>{slug}</c> followed by the format's file extension (<c>{slug}.ics</c>).</param>
    /// <param name="agendaItemRoute">The route template of one agenda item, containing <c>{slug}</c> and <c>{itemId}</c>; null means
    /// <c>{slug}/agenda/{itemId}</c> followed by the file extension.</param>
    /// <param name="feedRoute">The route template of the feed of the whole catalogue, containing no parameter; null means
    /// <c>calendar</c> followed by the file extension (<c>calendar.ics</c>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="format"/> is null.</exception>
    /// <exception cref="ArgumentException">The format's name, media type, file extension or scopes are not valid, or a route does not
    /// hold the parameters it needs, or holds another parameter or brace (parameters are spelt as shown, in lower case).</exception>
    public ExportFormatRegistration(
        IEventExportFormat format, IEnumerable<string>? eventRoutes = null, string? agendaItemRoute = null, string? feedRoute = null)
    {
        ArgumentNullException.ThrowIfNull(format);
        Check(format);
        var extension = format.FileExtension;
        var scopes = format.Scopes;

        var routes = (eventRoutes ?? []).ToList();
        if ((scopes & EventExportScopes.Event) != 0 && routes.Count == 0)
        {
            routes.Add("{slug}" + extension);
        }

        foreach (var route in routes)
        {
            CheckRoute(format, route, nameof(eventRoutes), "{slug}");
        }

        if ((scopes & EventExportScopes.Event) == 0 && routes.Count > 0)
        {
            throw new ArgumentException($"The export format '{format.Name}' does not write single events, so it has no event routes.", nameof(eventRoutes));
        }

        if ((scopes & EventExportScopes.AgendaItem) != 0)
        {
            agendaItemRoute ??= "{slug}/agenda/{itemId}" + extension;
            CheckRoute(format, agendaItemRoute, nameof(agendaItemRoute), "{slug}", "{itemId}");
        }
        else if (agendaItemRoute is not null)
        {
            throw new ArgumentException($"The export format '{format.Name}' does not write agenda items, so it has no agenda-item route.", nameof(agendaItemRoute));
        }

        if ((scopes & EventExportScopes.Feed) != 0)
        {
            feedRoute ??= "calendar" + extension;
            CheckRoute(format, feedRoute, nameof(feedRoute));
        }
        else if (feedRoute is not null)
        {
            throw new ArgumentException($"The export format '{format.Name}' does not write feeds, so it has no feed route.", nameof(feedRoute));
        }

        Format = format;
        EventRoutes = routes.AsReadOnly();
        AgendaItemRoute = agendaItemRoute;
        FeedRoute = feedRoute;
    }

    /// <summary>Gets the format.</summary>
    public IEventExportFormat Format { get; }

    /// <summary>Gets the route templates of one event, the first being the canonical one; empty when the format does not write events.</summary>
    public IReadOnlyList<string> EventRoutes { get; }

    /// <summary>Gets the route template of one agenda item, or null when the format does not write agenda items.</summary>
    public string? AgendaItemRoute { get; }

    /// <summary>Gets the route template of the feed, or null when the format does not write feeds.</summary>
    public string? FeedRoute { get; }

    /// <summary>Gets every route of the registration.</summary>
    internal IEnumerable<string> AllRoutes =>
        EventRoutes.Concat(AgendaItemRoute is null ? [] : [AgendaItemRoute]).Concat(FeedRoute is null ? [] : [FeedRoute]);

    private static void Check(IEventExportFormat format)
    {
        var name = format.Name;
        if (name is not { Length: >= 1 and <= 64 } || !name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
        {
            throw new ArgumentException($"The format name '{name}' must be 1 to 64 lower-case ASCII letters, digits and hyphens.", nameof(format));
        }

        if (!System.Net.Http.Headers.MediaTypeHeaderValue.TryParse(format.MediaType, out _))
        {
            throw new ArgumentException($"The media type '{format.MediaType}' of format '{name}' is not a valid media type.", nameof(format));
        }

        var extension = format.FileExtension;
        if (extension is not { Length: >= 2 and <= 32 } || extension[0] != '.' ||
            !extension.Skip(1).All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.') || extension.EndsWith('.') || extension.Contains("..", StringComparison.Ordinal))
        {
            throw new ArgumentException($"The file extension '{extension}' of format '{name}' must be a dot and 1 to 31 ASCII letters, digits, hyphens and single inner dots, such as .ics or .tar.gz.", nameof(format));
        }

        if (format.Scopes == EventExportScopes.None || (format.Scopes & ~EventExportScopes.All) != 0)
        {
            throw new ArgumentException($"The format '{name}' must write at least one of an event, an agenda item or a feed; its scopes are {format.Scopes}.", nameof(format));
        }
    }

    private static void CheckRoute(IEventExportFormat format, string? route, string paramName, params string[] parameters)
    {
        if (string.IsNullOrEmpty(route) || route.StartsWith('/') || route.Contains("//", StringComparison.Ordinal))
        {
            throw new ArgumentException($"The route '{route}' of format '{format.Name}' must be a relative path.", paramName);
        }

        foreach (var parameter in parameters)
        {
            if (!route.Contains(parameter, StringComparison.Ordinal))
            {
                throw new ArgumentException($"The route '{route}' of format '{format.Name}' must contain {parameter}.", paramName);
            }
        }

        // Any other brace is a parameter no endpoint fills (or one spelt otherwise, such as {SLUG}), or a lone brace
        // that routing would refuse only when the routes are mapped.
        var rest = parameters.Aggregate(route, (text, parameter) => text.Replace(parameter, string.Empty, StringComparison.Ordinal));
        if (rest.AsSpan().IndexOfAny('{', '}') >= 0)
        {
            throw new ArgumentException(
                parameters.Length == 0
                    ? $"The route '{route}' of format '{format.Name}' cannot hold a parameter or a brace."
                    : $"The route '{route}' of format '{format.Name}' cannot hold a parameter or a brace besides {string.Join(" and ", parameters)}.",
                paramName);
        }
    }
}
