namespace Prb.Events.Ical.Internal;

/// <summary>One component of an input (VCALENDAR, VEVENT, VTIMEZONE, STANDARD, ...) with its own properties and its
/// nested components.</summary>
internal sealed class ComponentNode(string name, ContentLine begin)
{
    internal string Name { get; } = name;

    internal ContentLine Begin { get; } = begin;

    internal List<ContentLine> Properties { get; } = [];

    internal List<ComponentNode> Children { get; } = [];

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

    /// <summary>Gets every content line of the component, nested ones included, in the order they were read (BEGIN and
    /// END lines aside).</summary>
    internal IEnumerable<ContentLine> Lines()
    {
        yield return Begin;
        foreach (var property in Properties)
        {
            yield return property;
        }

        foreach (var child in Children)
        {
            foreach (var line in child.Lines())
            {
                yield return line;
            }
        }
    }
}
