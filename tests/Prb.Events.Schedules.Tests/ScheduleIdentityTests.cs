using System.Text.Json;
using NodaTime;
using Prb.Events.Schedules;

namespace Prb.Events.Schedules.Tests;

/// <summary>Guids and ids are name-based and stable; output is deterministic and the formats are safe to share.</summary>
public class ScheduleIdentityTests
{
    [Fact]
    public void NameBasedUuid_MatchesTheVersion5Definition()
    {
        // The RFC's DNS namespace; uuid5(NAMESPACE_DNS, "python.org") is a well-known test vector.
        var dns = new Guid("6ba7b810-9dad-11d1-80b4-00c04fd430c8");

        Assert.Equal(new Guid("886313e1-3b8a-5372-9b90-0c9aee199e5d"), NameBasedUuid.Create(dns, "python.org"));
    }

    [Fact]
    public void ItemGuid_IsVersion5_AndDependsOnEventAndItem()
    {
        var guid = ScheduleIdentifiers.ItemGuid(new EventId("e"), new AgendaItemId("a"));

        Assert.Equal(5, guid.Version);
        Assert.Equal(guid, ScheduleIdentifiers.ItemGuid(new EventId("e"), new AgendaItemId("a")));
        Assert.NotEqual(guid, ScheduleIdentifiers.ItemGuid(new EventId("e2"), new AgendaItemId("a")));
        Assert.NotEqual(guid, ScheduleIdentifiers.ItemGuid(new EventId("e"), new AgendaItemId("A")));
        Assert.NotEqual(guid, ScheduleIdentifiers.PersonGuid(new EventId("e"), new PersonId("a")));
    }

    [Fact]
    public void Number_TakesTheNextFreeOneOnACollision()
    {
        var guid = ScheduleIdentifiers.ItemGuid(new EventId("e"), new AgendaItemId("a"));
        var taken = new HashSet<int>();

        var first = ScheduleIdentifiers.Number(guid, taken);
        var second = ScheduleIdentifiers.Number(guid, taken);

        Assert.Equal(NameBasedUuid.PositiveNumber(guid), first);
        Assert.Equal(first == int.MaxValue ? 1 : first + 1, second);
    }

    [Fact]
    public void AddingAnItem_KeepsTheIdsAndGuidsOfTheOthers()
    {
        var before = IdsByGuid(ScheduleOutputs.Seed);
        var changed = ScheduleOutputs.Seed.ToBuilder()
            .AddItem("rejestracja", AgendaItemKind.Registration, "Rejestracja uczestników", new LocalTime(9, 30), new LocalTime(10, 0))
            .Build();

        var after = IdsByGuid(changed);

        Assert.Equal(before.Count + 1, after.Count);
        Assert.All(before, pair => Assert.Equal(pair.Value, after[pair.Key]));
    }

    [Fact]
    public void SameEvent_GivesTheSameBytes_FromManyThreadsAtOnce()
    {
        var xml = ScheduleOutputs.Xml(ScheduleOutputs.Seed);
        var json = ScheduleOutputs.Json(ScheduleOutputs.Seed);
        var results = new (byte[] Xml, byte[] Json)[64];

        Parallel.For(0, results.Length, i => results[i] = (ScheduleOutputs.Xml(ScheduleOutputs.Seed), ScheduleOutputs.Json(ScheduleOutputs.Seed)));

        Assert.All(results, r => Assert.Equal(xml, r.Xml));
        Assert.All(results, r => Assert.Equal(json, r.Json));
    }

    private static Dictionary<string, int> IdsByGuid(Event e)
    {
        using var document = JsonDocument.Parse(ScheduleOutputs.Json(e));
        return ScheduleOutputs.JsonItems(document).ToDictionary(i => i.Item.GetProperty("guid").GetString()!, i => i.Item.GetProperty("id").GetInt32());
    }
}
