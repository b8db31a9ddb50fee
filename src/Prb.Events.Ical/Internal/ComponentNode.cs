namespace Prb.Events.Ical.Internal;

/// <summary>One component of an input (VCALENDAR, VEVENT, VTIMEZONE, STANDARD, ...) with its own properties and its
/// nested components.</summary>
/// <param name="name">The component's name, upper-cased.</param>
/// <param name="begin">Its BEGIN line.</param>
/// <param name="lists">Where its property list comes from and goes back to once it is let go; null for a list of its own.</param>
internal sealed class ComponentNode(string name, ContentLine begin, PropertyListPool? lists = null)
{
    private List<ComponentNode>? _children;

    internal string Name { get; } = name;

    internal ContentLine Begin { get; } = begin;

    private static readonly List<ContentLine> NoProperties = [];

    private List<ContentLine>? _properties;

    /// <summary>Gets the properties read (<see cref="ReadProperties"/>), in order; empty and shared until the first is
    /// added (<see cref="Add"/>).</summary>
    internal List<ContentLine> Properties => _properties ?? NoProperties;

    /// <summary>Adds a property (the list is made for about ten, as a VEVENT has).</summary>
    internal void Add(ContentLine property) => (_properties ??= lists?.Take() ?? new(12)).Add(property);

    /// <summary>Gets the nested components, in order (made when the first one is added: most components have none).</summary>
    internal List<ComponentNode> Children => _children ??= [];

    /// <summary>Gets whether the component has nested components, without making the list.</summary>
    internal bool HasChildren => _children is { Count: > 0 };

    /// <summary>Lets go of the properties and nested components, once they are read (BEGIN stays, for diagnostics); the
    /// property list goes back to the pool it came from, so nothing may hold it after this.</summary>
    internal void Release()
    {
        if (_properties is not null && lists is not null)
        {
            lists.Give(_properties);
        }

        _properties = null;
        _children = null;
    }

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

    /// <summary>Gets the properties of a name, in order, without allocating.</summary>
    internal Matches All(string propertyName) => new(Properties, propertyName);

    /// <summary>Gets every content line of the component, nested ones included, in the order they were read (BEGIN and
    /// END lines aside).</summary>
    internal IEnumerable<ContentLine> Lines()
    {
        yield return Begin;
        foreach (var property in Properties)
        {
            yield return property;
        }

        foreach (var child in _children ?? [])
        {
            foreach (var line in child.Lines())
            {
                yield return line;
            }
        }
    }
}

/// <summary>The properties of one name of a component: a struct enumerable, so a loop over them allocates nothing.</summary>
internal readonly struct Matches(List<ContentLine> properties, string name)
{
    /// <summary>Gets an enumerator over the matches.</summary>
    /// <returns>The enumerator.</returns>
    public Enumerator GetEnumerator() => new(properties, name);

    /// <summary>Returns the matches as an array.</summary>
    internal ContentLine[] ToArray()
    {
        var count = 0;
        foreach (var line in properties)
        {
            count += line.Name == name ? 1 : 0;
        }

        if (count == 0)
        {
            return [];
        }

        var result = new ContentLine[count];
        var i = 0;
        foreach (var line in this)
        {
            result[i++] = line;
        }

        return result;
    }

    /// <summary>Enumerates the matches.</summary>
    internal struct Enumerator(List<ContentLine> properties, string name)
    {
        private int _index = -1;

        /// <summary>Gets the current match.</summary>
        public readonly ContentLine Current => properties[_index];

        /// <summary>Moves to the next match.</summary>
        /// <returns>False after the last.</returns>
        public bool MoveNext()
        {
            while (++_index < properties.Count)
            {
                if (properties[_index].Name == name)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
