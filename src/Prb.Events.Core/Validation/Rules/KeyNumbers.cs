using System.Runtime.InteropServices;

namespace Prb.Events.Validation.Rules;

/// <summary>Numbers the distinct keys of one kind, rooms or speakers, in the order they are first seen, as a comparer
/// tells keys apart; and ranks them in that comparer's order. Serves one validation.</summary>
internal sealed class KeyNumbers
{
    private readonly StringComparer _comparer;
    private readonly Dictionary<string, int> _numbers;

    /// <summary>Numbers by exact text, in front of <see cref="_numbers"/> when the comparer is not ordinal: a lookup of
    /// the same text again is cheaper than one that, say, ignores case.</summary>
    private readonly Dictionary<string, int>? _texts;

    /// <summary>Initializes an empty numbering.</summary>
    /// <param name="comparer">Tells keys apart and orders them.</param>
    internal KeyNumbers(StringComparer comparer)
    {
        _comparer = comparer;
        _numbers = new Dictionary<string, int>(comparer);
        _texts = ReferenceEquals(comparer, StringComparer.Ordinal) ? null : new Dictionary<string, int>(StringComparer.Ordinal);
    }

    /// <summary>Returns the number of a key: the count of distinct keys before it was first seen.</summary>
    /// <param name="key">The key.</param>
    /// <returns>Its number.</returns>
    internal int Number(string key)
    {
        if (_texts is null)
        {
            return NumberOf(key);
        }

        ref var number = ref CollectionsMarshal.GetValueRefOrAddDefault(_texts, key, out var seen);
        if (!seen)
        {
            number = NumberOf(key);
        }

        return number;
    }

    /// <summary>Ranks the keys in the comparer's order.</summary>
    /// <returns>For each key's number, its rank.</returns>
    internal int[] Ranks()
    {
        var keys = new string[_numbers.Count];
        var numberAt = new int[_numbers.Count];
        var k = 0;
        foreach (var (key, number) in _numbers)
        {
            keys[k] = key;
            numberAt[k++] = number;
        }

        Array.Sort(keys, numberAt, _comparer);
        var rank = new int[numberAt.Length];
        for (var r = 0; r < numberAt.Length; r++)
        {
            rank[numberAt[r]] = r;
        }

        return rank;
    }

    private int NumberOf(string key)
    {
        ref var number = ref CollectionsMarshal.GetValueRefOrAddDefault(_numbers, key, out var seen);
        if (!seen)
        {
            number = _numbers.Count - 1;
        }

        return number;
    }
}
