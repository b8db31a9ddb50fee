namespace Prb.Events.Ical.Internal;

/// <summary>The property lists of one tree build, handed from a component that was read and let go (a VEVENT, once
/// <see cref="CalendarReader"/> has read it) to the next component that needs one: ten thousand VEVENTs read one
/// after another share a list instead of making one each.</summary>
/// <remarks>A list comes back only through <see cref="ComponentNode.Release"/>, when nothing holds it any more.</remarks>
internal sealed class PropertyListPool
{
    /// <summary>The capacity a new list is made with: about what a VEVENT has.</summary>
    private const int Capacity = 12;

    private readonly Stack<List<ContentLine>> _spare = new();

    /// <summary>Returns an empty list: one given back, or a new one.</summary>
    internal List<ContentLine> Take() => _spare.TryPop(out var list) ? list : new List<ContentLine>(Capacity);

    /// <summary>Takes back a list nothing holds any more; it is emptied here.</summary>
    internal void Give(List<ContentLine> list)
    {
        list.Clear();
        if (_spare.Count < 4)
        {
            _spare.Push(list);
        }
    }
}
