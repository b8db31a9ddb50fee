using Microsoft.Data.Sqlite;

namespace Prb.Events.Schedules.Tests.ConfClerk;

/// <summary>A conference as ConfClerk stored it (table <c>conference</c> of its database, schema of ConfClerk 0.7).</summary>
/// <param name="Id">ConfClerk's own number for the conference.</param>
/// <param name="Title">The title.</param>
/// <param name="Start">The first date, as seconds since 1970 of its midnight read as UTC (ConfClerk keeps times without a zone).</param>
/// <param name="End">The last date, the same way.</param>
/// <param name="DayChange">The time of day, in seconds, at which ConfClerk's day view turns to the next date.</param>
/// <param name="TimeslotDuration">The time slot in seconds.</param>
/// <param name="UtcOffset">The one UTC offset, in seconds, ConfClerk keeps for the whole conference; null when unknown.</param>
internal sealed record ConfClerkConference(long Id, string Title, long Start, long End, long DayChange, long TimeslotDuration, long? UtcOffset);

/// <summary>An item as ConfClerk stored it (tables <c>event</c>, <c>track</c>, <c>event_room</c>, <c>event_person</c>).</summary>
/// <param name="Id">The item's <c>id</c> from schedule.xml.</param>
/// <param name="Title">The title.</param>
/// <param name="Start">The wall-clock start as seconds since 1970 read as UTC.</param>
/// <param name="Duration">The duration in seconds.</param>
/// <param name="Track">The track's name.</param>
/// <param name="Rooms">The rooms' names.</param>
/// <param name="Persons">The persons' names, in ordinal order.</param>
internal sealed record ConfClerkEvent(long Id, string Title, long Start, long Duration, string Track, IReadOnlyList<string> Rooms, IReadOnlyList<string> Persons);

/// <summary>Everything ConfClerk stored for the conferences it imported, read from its SQLite database.</summary>
internal sealed record ConfClerkDatabase(IReadOnlyList<ConfClerkConference> Conferences, IReadOnlyList<ConfClerkEvent> Events)
{
    /// <summary>Reads ConfClerk's database, or returns null while it does not hold a conference with its items yet.</summary>
    /// <param name="path">The database file.</param>
    /// <param name="expectedEvents">How many items the imported schedule has.</param>
    public static ConfClerkDatabase? TryRead(string path, int expectedEvents)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            var database = Read(path);
            return database.Conferences.Count == 1 && database.Events.Count == expectedEvents ? database : null;
        }
        catch (SqliteException)
        {
            // Tables not created yet, or the app is writing: not ready.
            return null;
        }
    }

    /// <summary>Reads ConfClerk's database.</summary>
    public static ConfClerkDatabase Read(string path)
    {
        var connection = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();
        using var db = new SqliteConnection(connection);
        db.Open();

        var conferences = new List<ConfClerkConference>();
        using (var command = db.CreateCommand())
        {
            command.CommandText = "SELECT id, title, start, end, day_change, timeslot_duration, utc_offset FROM conference ORDER BY id";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                conferences.Add(new ConfClerkConference(reader.GetInt64(0), reader.GetString(1), reader.GetInt64(2), reader.GetInt64(3),
                    reader.GetInt64(4), reader.GetInt64(5), reader.IsDBNull(6) ? null : reader.GetInt64(6)));
            }
        }

        var rooms = Pairs(db, "SELECT er.xid_event, r.name FROM event_room er JOIN room r ON r.id = er.xid_room");
        var persons = Pairs(db, "SELECT ep.xid_event, p.name FROM event_person ep JOIN person p ON p.id = ep.xid_person AND p.xid_conference = ep.xid_conference");
        var events = new List<ConfClerkEvent>();
        using (var command = db.CreateCommand())
        {
            command.CommandText = "SELECT e.id, e.title, e.start, e.duration, t.name FROM event e JOIN track t ON t.id = e.xid_track ORDER BY e.start, e.id";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var id = reader.GetInt64(0);
                events.Add(new ConfClerkEvent(id, reader.GetString(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetString(4),
                    [.. rooms[id]], [.. persons[id].Order(StringComparer.Ordinal)]));
            }
        }

        return new ConfClerkDatabase(conferences, events);
    }

    private static ILookup<long, string> Pairs(SqliteConnection db, string sql)
    {
        using var command = db.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var pairs = new List<(long Event, string Name)>();
        while (reader.Read())
        {
            pairs.Add((reader.GetInt64(0), reader.GetString(1)));
        }

        return pairs.ToLookup(p => p.Event, p => p.Name);
    }
}
