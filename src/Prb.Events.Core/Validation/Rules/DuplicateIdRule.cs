using System.Buffers;
using System.Numerics;

namespace Prb.Events.Validation.Rules;

/// <summary><see cref="DiagnosticCodes.DuplicateId"/>: no two agenda items, people, programmes, partnerships, contests or
/// entries of one contest share an id; libraries and organisations share one id space.</summary>
internal sealed class DuplicateIdRule : IEventRule
{
    /// <inheritdoc />
    public void Check(ValidationContext context, List<Diagnostic> diagnostics)
    {
        var @event = context.Event;
        CheckUnique(@event.Agenda, a => a.Id.Value, "agenda", "agenda item", diagnostics);
        CheckUnique(@event.People, p => p.Id.Value, "people", "person", diagnostics);
        CheckUnique(@event.Programmes, p => p.Id.Value, "programmes", "programme", diagnostics);
        CheckUnique(@event.Partnerships, p => p.Id.Value, "partnerships", "partnership", diagnostics);
        CheckUnique(@event.Contests, c => c.Id.Value, "contests", "contest", diagnostics);
        for (var i = 0; i < @event.Contests.Count; i++)
        {
            CheckUnique(@event.Contests[i].Entries, e => e.Id.Value, $"contests[{i}].entries", "contest entry", diagnostics);
        }

        var parties = new Dictionary<OrganizationId, string>();
        for (var i = 0; i < @event.Libraries.Count; i++)
        {
            AddParty(parties, @event.Libraries[i].Id, $"libraries[{i}]", diagnostics);
        }

        for (var i = 0; i < @event.Organizations.Count; i++)
        {
            AddParty(parties, @event.Organizations[i].Id, $"organizations[{i}]", diagnostics);
        }
    }

    private static void AddParty(Dictionary<OrganizationId, string> parties, OrganizationId id, string path, List<Diagnostic> diagnostics)
    {
        if (!parties.TryAdd(id, path))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.DuplicateId, $"{path}.id",
                $"Id '{id}' is used by both {parties[id]} and {path}; libraries and organisations share one id space.", $"{parties[id]}.id"));
        }
    }

    /// <summary>Reports every id used before in the list, naming where it was first used.</summary>
    /// <remarks>Ids are compared by their text, ordinally, which is equality of the ids (no id has empty text but the
    /// default one). The positions seen so far are kept in an open-addressing hash table in pooled scratch space: a
    /// dictionary of a large agenda's ids would be a large object allocated on every call, and each such allocation
    /// brings the next full garbage collection closer.</remarks>
    private static void CheckUnique<T>(IReadOnlyList<T> values, Func<T, string> id, string path, string what, List<Diagnostic> diagnostics)
    {
        if (values.Count < 2)
        {
            return;
        }

        // Each slot holds 0 when empty, or the position of a value plus one; the table is at most half full.
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)values.Count * 2);
        var table = ArrayPool<int>.Shared.Rent(size);
        try
        {
            var slots = table.AsSpan(0, size);
            slots.Clear();
            for (var i = 0; i < values.Count; i++)
            {
                var key = id(values[i]);
                var slot = StringComparer.Ordinal.GetHashCode(key) & (size - 1);
                while (slots[slot] != 0 && !string.Equals(id(values[slots[slot] - 1]), key, StringComparison.Ordinal))
                {
                    slot = (slot + 1) & (size - 1);
                }

                if (slots[slot] == 0)
                {
                    slots[slot] = i + 1;
                }
                else
                {
                    var first = slots[slot] - 1;
                    diagnostics.Add(Diagnostic.Error(DiagnosticCodes.DuplicateId, $"{path}[{i}].id",
                        $"The {what} id '{key}' is already used at {path}[{first}].", $"{path}[{first}].id"));
                }
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(table);
        }
    }
}
