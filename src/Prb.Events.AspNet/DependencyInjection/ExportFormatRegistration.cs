using Prb.Events.Export;

namespace Prb.Events.AspNet.DependencyInjection;

/// <summary>An export format registered with the host, and the routes under the events prefix where it is served.</summary>
public sealed class ExportFormatRegistration
{
    /// <summary>Initializes a registration.</summary>
    /// <param name="format">The format.</param>
    /// <param name="routes">Route templates relative to the events prefix that contain <c>{slug}</c>, such as <c>{slug}.ics</c>;
    /// when none are given the format is served at <c>{slug}.</c> followed by its name.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A route does not contain <c>{slug}</c>, or the format's name is not lower-case letters, digits and hyphens.</exception>
    public ExportFormatRegistration(IEventExportFormat format, IEnumerable<string>? routes = null)
    {
        ArgumentNullException.ThrowIfNull(format);
        if (string.IsNullOrEmpty(format.Name) || !format.Name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
        {
            throw new ArgumentException($"The format name '{format.Name}' must be lower-case ASCII letters, digits and hyphens.", nameof(format));
        }

        var list = (routes ?? []).ToList();
        if (list.Count == 0)
        {
            list.Add("{slug}." + format.Name);
        }

        foreach (var route in list)
        {
            if (route is null || !route.Contains("{slug}", StringComparison.Ordinal))
            {
                throw new ArgumentException($"The route '{route}' of format '{format.Name}' must contain {{slug}}.", nameof(routes));
            }
        }

        Format = format;
        Routes = list.AsReadOnly();
    }

    /// <summary>Gets the format.</summary>
    public IEventExportFormat Format { get; }

    /// <summary>Gets the route templates relative to the events prefix.</summary>
    public IReadOnlyList<string> Routes { get; }
}
