namespace Prb.Events.Ical.Internal;

/// <summary>One component of an input (VCALENDAR, VEVENT, VTIMEZONE, STANDARD, ...) with its own properties, its
/// nested components, and every content line from its BEGIN to its END.</summary>
internal sealed class ComponentNode(string name, ContentLine begin)
{
    internal string Name { get; } = name;

    internal ContentLine Begin { get; } = begin;

    internal List<ContentLine> Properties { get; } = [];

    internal List<ComponentNode> Children { get; } = [];

    /// <summary>Gets every content line of the component, nested ones included, BEGIN and END too.</summary>
    internal List<ContentLine> AllLines { get; } = [];

    internal ContentLine? First(string propertyName)
    {
        foreach (var property in Properties)
        {
            if (property.Name == propertyName)
            {
                return property;
            }
        }

        return null;
    }

    internal IEnumerable<ContentLine> All(string propertyName) => Properties.Where(p => p.Name == propertyName);
}
