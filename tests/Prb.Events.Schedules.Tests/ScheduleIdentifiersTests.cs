using Prb.Events.Schedules;

namespace Prb.Events.Schedules.Tests;

/// <summary>The names behind the UUIDs, the numbers, the acronym, the item slugs and the JSON zone name.</summary>
public class ScheduleIdentifiersTests
{
    private static readonly EventId Conference = new("konferencja-2027");

    // Values from Python's uuid.uuid5 in the namespace 965eead2-ab81-4544-abc7-84ad21c8972a that apps already remember.
    [Fact]
    public void Item_uuid_is_named_prb_events_event_agenda_item_in_the_projects_namespace()
    {
        Assert.Equal(new Guid("965eead2-ab81-4544-abc7-84ad21c8972a"), ScheduleIdentifiers.Namespace);
        Assert.Equal("14cbe945-9c8a-5d48-832a-e8d3d8f27992", ScheduleIdentifiers.ItemGuid(Conference, new AgendaItemId("wyklad-1")).ToString("D"));
        Assert.Equal("bb2f2b0d-1d48-51bb-a45d-cc33515ff465", ScheduleIdentifiers.ItemGuid(new EventId("e"), new AgendaItemId("a")).ToString("D"));
    }

    [Fact]
    public void Person_uuid_is_named_prb_events_event_person_id()
    {
        Assert.Equal("c803fb58-5c5e-5ecf-a113-24f2b6295b19", ScheduleIdentifiers.PersonGuid(Conference, new PersonId("anna")).ToString("D"));
    }

    [Fact]
    public void Room_uuid_is_named_after_the_exact_room_name_in_any_script()
    {
        Assert.Equal("f9344e34-5dec-5dd1-a394-6d591017d6f1", ScheduleIdentifiers.RoomGuid(Conference, "Sala Złota 📚 שלום").ToString("D"));
        Assert.NotEqual(ScheduleIdentifiers.RoomGuid(Conference, "Sala złota"), ScheduleIdentifiers.RoomGuid(Conference, "Sala Złota"));
    }

    [Fact]
    public void Number_is_taken_from_the_uuid_when_it_is_free()
    {
        var taken = new HashSet<int> { 1, 348907846 };

        Assert.Equal(348907845, ScheduleIdentifiers.Number(new Guid("14cbe945-9c8a-5d48-832a-e8d3d8f27992"), taken));
        Assert.Contains(348907845, taken);
    }

    [Fact]
    public void Number_skips_every_taken_number_after_its_own()
    {
        var taken = new HashSet<int> { 348907845, 348907846, 348907847 };

        Assert.Equal(348907848, ScheduleIdentifiers.Number(new Guid("14cbe945-9c8a-5d48-832a-e8d3d8f27992"), taken));
    }

    [Fact]
    public void Number_after_the_largest_taken_one_wraps_around_to_1()
    {
        var taken = new HashSet<int> { int.MaxValue };

        Assert.Equal(1, ScheduleIdentifiers.Number(new Guid("7fffffff-0000-5000-8000-000000000000"), taken));
        Assert.Equal(2, ScheduleIdentifiers.Number(new Guid("7fffffff-0000-5000-8000-000000000000"), taken));
    }

    [Theory]
    [InlineData("ab", "ab__")]
    [InlineData("abc", "abc_")]
    [InlineData("abcd", "abcd")]
    [InlineData("a-b", "a_b_")]
    [InlineData("konferencja-bibliotek-2027", "konferencja_bibliotek_2027")]
    public void Acronym_is_the_slug_with_underscores_for_hyphens_at_least_four_characters_long(string slug, string expected)
    {
        Assert.Equal(expected, ScheduleIdentifiers.Acronym(new Slug(slug)));
    }

    [Theory]
    [InlineData("wyklad-1", "acro-7-wyklad-1")]
    [InlineData("Wyklad.Pierwszy~Z", "acro-7-wyklad-pierwszy-z")]
    [InlineData("AZaz09_-", "acro-7-azaz09")]
    [InlineData("x.~_", "acro-7-x")]
    [InlineData("a_b", "acro-7-a_b")]
    [InlineData("._~-", "acro-7")]
    [InlineData("-a", "acro-7--a")]
    public void Item_slug_is_acronym_number_and_the_id_in_lower_case_with_hyphens_and_no_trailing_separators(string id, string expected)
    {
        Assert.Equal(expected, ScheduleIdentifiers.ItemSlug("acro", 7, new AgendaItemId(id)));
    }

    [Theory]
    [InlineData("Europe/Warsaw", "Europe/Warsaw")]
    [InlineData("UTC", "UTC")]
    [InlineData("Etc/UTC", "Etc/UTC")]
    [InlineData("US/Eastern", "America/New_York")]
    [InlineData("Poland", "Europe/Warsaw")]
    [InlineData("Etc/GMT-1", null)]
    [InlineData("Atlantyda/Wyspa", "Atlantyda/Wyspa")]
    [InlineData("Nowhere", null)]
    public void Json_zone_name_is_the_zone_id_else_its_canonical_id_when_the_schema_takes_it(string zone, string? expected)
    {
        Assert.Equal(expected, ScheduleIdentifiers.JsonZoneName(zone));
    }
}
