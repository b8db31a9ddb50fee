using Prb.Events.Export;

namespace Prb.Events.Hosting;

/// <summary>The export formats registered with a host, in the order they were added, found by name.</summary>
/// <remarks>Made by the container from every <see cref="ExportFormatRegistration"/>. The first registration is the
/// host's default representation (the JSON document, added by <c>AddPrbEvents()</c>).</remarks>
public sealed class ExportFormatRegistry
{
    private readonly Dictionary<string, ExportFormatRegistration> _byName;

    /// <summary>Initializes the registry.</summary>
    /// <param name="registrations">The registrations.</param>
    /// <exception cref="ArgumentNullException"><paramref name="registrations"/> is null.</exception>
    /// <exception cref="InvalidOperationException">Two different formats share a name, or two registrations share a route.</exception>
    public ExportFormatRegistry(IEnumerable<ExportFormatRegistration> registrations)
    {
        ArgumentNullException.ThrowIfNull(registrations);
        _byName = new Dictionary<string, ExportFormatRegistration>(StringComparer.Ordinal);
        var list = new List<ExportFormatRegistration>();
        var routes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var registration in registrations)
        {
            if (_byName.TryGetValue(registration.Format.Name, out var known))
            {
                if (ReferenceEquals(known.Format, registration.Format))
                {
                    continue;
                }

                throw new InvalidOperationException(
                    $"Two export formats are named '{registration.Format.Name}' ({known.Format.GetType().Name} and {registration.Format.GetType().Name}); a name can be registered once.");
            }

            foreach (var route in registration.AllRoutes)
            {
                if (!routes.TryAdd(route, registration.Format.Name))
                {
                    throw new InvalidOperationException(
                        $"The route '{route}' of export format '{registration.Format.Name}' is already the route of '{routes[route]}'; give one of them other routes.");
                }
            }

            _byName.Add(registration.Format.Name, registration);
            list.Add(registration);
        }

        Registrations = list.AsReadOnly();
    }

    /// <summary>Gets the registrations, in the order they were added.</summary>
    public IReadOnlyList<ExportFormatRegistration> Registrations { get; }

    /// <summary>Finds a registration by its format's name.</summary>
    /// <param name="name">The name, such as <c>ics</c>.</param>
    /// <returns>The registration, or null.</returns>
    public ExportFormatRegistration? Find(string name) => name is null ? null : _byName.GetValueOrDefault(name);

    /// <summary>Gets the registrations of formats that can write a scope.</summary>
    /// <param name="scope">The scope.</param>
    /// <returns>The registrations, in the order they were added.</returns>
    public IEnumerable<ExportFormatRegistration> Supporting(EventExportScopes scope) =>
        Registrations.Where(r => scope != EventExportScopes.None && (r.Format.Scopes & scope) == scope);
}
