using NodaTime;
using Prb.Events.Schedules;

namespace Prb.Events.Schedules.Tests;

/// <summary>
/// A whole schedule.xml and schedule.json, byte for byte, for an event whose texts hold markup, quotes, tabs, line
/// breaks, Polish letters, emoji and right-to-left text: each text is written as itself with only what the format
/// requires escaped, and every element and property is where the apps look for it.
/// </summary>
public class ScheduleTextBytesTests
{
    private const string Title = "Zażółć <i> & \"jaźń\" 📚 שלום";
    private const string Room = "Sala \"Złota\"\t<1> 📚 שלום";
    private const string ItemTitle = "<b>Wykład</b> & 'apostrof' ]]> \r\n📚 שלום \u202Eمرحبا";
    private const string Abstract = "Opis\r\nw dwóch liniach\tz tabulatorem 🏳️‍🌈";

    private static Event Hostile() =>
        Event.CreateBuilder(new EventId("tekst-2027"), Title)
            .WithSlug(new Slug("tekst-2027"))
            .AtRevision(3)
            .InZone("Europe/Warsaw")
            .InLanguage("pl")
            .Described("Opis wydarzenia\n\"w cudzysłowie\" \\ ukośnik")
            .WithUrl(new Uri("https://biblioteka.example/tekst"))
            .Tagged("Zażółć", "📚 שלום")
            .On(new LocalDate(2027, 10, 30), new LocalTime(9, 0), new LocalTime(18, 0))
            .AddItem("wyklad", AgendaItemKind.Lecture, ItemTitle, new LocalTime(10, 0), new LocalTime(11, 30), i => i
                .InRoom(Room)
                .Described(Abstract)
                .WithStatus(AgendaItemStatus.Cancelled)
                .By(new Person(new PersonId("anna"), "Anna Żółć", "dr"), new Person(new PersonId("ben"), "Ben שלום")))
            .Build();

    // The UUIDs are Python's uuid.uuid5 of "prb-events:tekst-2027:agenda:wyklad" and the like in the project's namespace;
    // the ids are their first 31 bits.
    [Fact]
    public void Hostile_text_in_every_place_gives_this_schedule_xml_byte_for_byte()
    {
        const string xmlTitle = "Zażółć &lt;i&gt; &amp; \"jaźń\" 📚 שלום";
        const string xmlRoomAttribute = "Sala &quot;Złota&quot;&#x9;&lt;1&gt; 📚 שלום";
        const string xmlRoom = "Sala \"Złota\"\t&lt;1&gt; 📚 שלום";
        const string xmlItemTitle = "&lt;b&gt;Wykład&lt;/b&gt; &amp; 'apostrof' ]]&gt; &#xD;\n📚 שלום \u202Eمرحبا";
        const string xmlAbstract = "Opis&#xD;\nw dwóch liniach\tz tabulatorem 🏳️‍🌈";
        var expected = $$"""
            <?xml version="1.0" encoding="utf-8"?>
            <schedule>
              <generator name="Prb.Events" />
              <version>3</version>
              <conference>
                <acronym>tekst_2027</acronym>
                <title>{{xmlTitle}}</title>
                <start>2027-10-30</start>
                <end>2027-10-30</end>
                <days>1</days>
                <timeslot_duration>00:30</timeslot_duration>
                <time_zone_name>Europe/Warsaw</time_zone_name>
                <url>https://biblioteka.example/tekst</url>
                <track name="Program główny" />
              </conference>
              <day index="1" date="2027-10-30" start="2027-10-30T09:00:00+02:00" end="2027-10-30T18:00:00+02:00">
                <room name="{{xmlRoomAttribute}}" guid="dcfd4f84-1f92-5ed5-ae4a-c49337c54a9b">
                  <event guid="9a1de8b6-2978-549e-85cf-cd2f3418c6b2" id="438167734">
                    <date>2027-10-30T10:00:00+02:00</date>
                    <start>10:00</start>
                    <duration>01:30</duration>
                    <room>{{xmlRoom}}</room>
                    <url>https://biblioteka.example/tekst#wyklad</url>
                    <title>{{xmlItemTitle}}</title>
                    <subtitle>Odwołane</subtitle>
                    <track>Program główny</track>
                    <type>lecture</type>
                    <language>pl</language>
                    <abstract>{{xmlAbstract}}</abstract>
                    <persons>
                      <person id="289098261" guid="113b4a15-d0f9-5e5b-8fe9-20bebada18b8">dr Anna Żółć</person>
                      <person id="1794702214" guid="6af8fb86-5ad3-5d84-b7e9-6ff8322d5a66">Ben שלום</person>
                    </persons>
                  </event>
                </room>
              </day>
            </schedule>
            """;

        Assert.Equal(expected, ScheduleOutputs.Text(ScheduleOutputs.Xml(Hostile())));
    }

    [Fact]
    public void Hostile_text_in_every_place_gives_this_schedule_json_byte_for_byte()
    {
        const string jsonTitle = "Zażółć <i> & \\\"jaźń\\\" 📚 שלום";
        const string jsonRoom = "Sala \\\"Złota\\\"\\t<1> 📚 שלום";
        const string jsonItemTitle = "<b>Wykład</b> & 'apostrof' ]]> \\r\\n📚 שלום \u202Eمرحبا";
        const string jsonAbstract = "Opis\\r\\nw dwóch liniach\\tz tabulatorem 🏳️‍🌈";
        var expected = $$"""
            {
              "$schema": "https://c3voc.de/schedule/schema.json",
              "generator": {
                "name": "Prb.Events"
              },
              "schedule": {
                "version": "3",
                "conference": {
                  "acronym": "tekst_2027",
                  "title": "{{jsonTitle}}",
                  "description": "Opis wydarzenia\n\"w cudzysłowie\" \\ ukośnik",
                  "start": "2027-10-30",
                  "end": "2027-10-30",
                  "daysCount": 1,
                  "timeslot_duration": "00:30",
                  "time_zone_name": "Europe/Warsaw",
                  "url": "https://biblioteka.example/tekst",
                  "keywords": [
                    "Zażółć",
                    "📚 שלום"
                  ],
                  "tracks": [
                    {
                      "name": "Program główny"
                    }
                  ],
                  "rooms": [
                    {
                      "name": "{{jsonRoom}}",
                      "guid": "dcfd4f84-1f92-5ed5-ae4a-c49337c54a9b"
                    }
                  ],
                  "days": [
                    {
                      "index": 1,
                      "date": "2027-10-30",
                      "day_start": "2027-10-30T09:00:00+02:00",
                      "day_end": "2027-10-30T18:00:00+02:00",
                      "rooms": {
                        "{{jsonRoom}}": [
                          {
                            "id": 438167734,
                            "guid": "9a1de8b6-2978-549e-85cf-cd2f3418c6b2",
                            "date": "2027-10-30T10:00:00+02:00",
                            "end": "2027-10-30T11:30:00+02:00",
                            "start": "10:00",
                            "duration": "01:30",
                            "room": "{{jsonRoom}}",
                            "slug": "tekst_2027-438167734-wyklad",
                            "url": "https://biblioteka.example/tekst#wyklad",
                            "title": "{{jsonItemTitle}}",
                            "subtitle": "Odwołane",
                            "track": "Program główny",
                            "type": "lecture",
                            "language": "pl",
                            "abstract": "{{jsonAbstract}}",
                            "do_not_record": true,
                            "persons": [
                              {
                                "id": 289098261,
                                "guid": "113b4a15-d0f9-5e5b-8fe9-20bebada18b8",
                                "public_name": "dr Anna Żółć"
                              },
                              {
                                "id": 1794702214,
                                "guid": "6af8fb86-5ad3-5d84-b7e9-6ff8322d5a66",
                                "public_name": "Ben שלום"
                              }
                            ],
                            "links": []
                          }
                        ]
                      }
                    }
                  ]
                }
              }
            }
            """;

        Assert.Equal(expected, ScheduleOutputs.Text(ScheduleOutputs.Json(Hostile())));
    }
}
