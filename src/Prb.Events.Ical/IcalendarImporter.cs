using System.Text;
using NodaTime;
using Prb.Events.Ical.Internal;

namespace Prb.Events.Ical;

/// <summary>
/// Reads iCalendar (RFC 5545) input into events of the Core model, with a diagnostic for everything skipped,
/// changed or assumed.
/// </summary>
/// <remarks>
/// <para>Each VEVENT becomes an event, except that a VEVENT RELATED-TO another VEVENT of the same calendar becomes an
/// agenda item of that event, and one RELATED-TO;RELTYPE=SIBLING another becomes a further day of it (as
/// <see cref="IcalendarExporter"/> writes them). The importer reads iCalendar itself, each VEVENT on its own and only
/// the properties the model uses, so one bad component or property is a diagnostic (with its line, property and
/// reason) and the rest is still imported; the package README states the recovery rules.</para>
/// <para>TZIDs are resolved exactly: a VTIMEZONE of the input evaluated by its own rules (it governs, as RFC 5545 says,
/// with a diagnostic where it contradicts tzdb), an IANA id, or a Windows id (exact key of the CLDR mapping); anything
/// else is a diagnostic, never a guess. DATE values become whole days,
/// DURATION stands in for DTEND, and a multi-day all-day event gets one day per date.</para>
/// <para>An importer is immutable and safe to use from many threads at once.</para>
/// </remarks>
public sealed class IcalendarImporter
{
    private readonly IDateTimeZoneProvider _zones;

    /// <summary>Initializes an importer over the tz database that ships with NodaTime.</summary>
    /// <param name="options">The options, or null for <see cref="IcalendarImportOptions.Default"/>.</param>
    /// <exception cref="ArgumentException">The default zone of <paramref name="options"/> is not in the tz database.</exception>
    public IcalendarImporter(IcalendarImportOptions? options = null)
        : this(options ?? IcalendarImportOptions.Default, DateTimeZoneProviders.Tzdb)
    {
    }

    /// <summary>Initializes an importer over a zone provider.</summary>
    /// <param name="options">The options.</param>
    /// <param name="zoneProvider">Where IANA ids are looked up.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The default zone of <paramref name="options"/> is not in the zone provider.</exception>
    public IcalendarImporter(IcalendarImportOptions options, IDateTimeZoneProvider zoneProvider)
    {
        Options = Guard.NotNull(options);
        _zones = Guard.NotNull(zoneProvider);
        Guard.Argument(_zones.GetZoneOrNull(options.DefaultTimeZoneId) is not null, nameof(options),
            $"The default zone '{options.DefaultTimeZoneId}' is not in the {_zones.VersionId} database.");
    }

    /// <summary>Gets the options.</summary>
    public IcalendarImportOptions Options { get; }

    /// <summary>Reads iCalendar text.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The events and diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="IcalendarFormatException">The text is not iCalendar, or is larger than <see cref="IcalendarImportOptions.MaxInputBytes"/>.</exception>
    public IcalendarImportResult Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if ((long)text.Length * 3 > Options.MaxInputBytes && Encoding.UTF8.GetByteCount(text) > Options.MaxInputBytes)
        {
            throw TooLarge();
        }

        return ReadText(text);
    }

    /// <summary>Reads iCalendar input from a stream of UTF-8 octets (a byte order mark is allowed).</summary>
    /// <param name="input">The stream; read to its end, or until the size cap is passed.</param>
    /// <returns>The events and diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
    /// <exception cref="IcalendarFormatException">The input is not UTF-8, not iCalendar, or larger than <see cref="IcalendarImportOptions.MaxInputBytes"/>.</exception>
    public IcalendarImportResult Read(Stream input)
    {
        ArgumentNullException.ThrowIfNull(input);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = input.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > Options.MaxInputBytes)
            {
                throw TooLarge();
            }
        }

        return ReadText(Decode(buffer));
    }

    /// <summary>Reads iCalendar input from a stream of UTF-8 octets, asynchronously.</summary>
    /// <param name="input">The stream; read to its end, or until the size cap is passed.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The events and diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
    /// <exception cref="IcalendarFormatException">The input is not UTF-8, not iCalendar, or larger than <see cref="IcalendarImportOptions.MaxInputBytes"/>.</exception>
    public async Task<IcalendarImportResult> ReadAsync(Stream input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await input.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > Options.MaxInputBytes)
            {
                throw TooLarge();
            }
        }

        return ReadText(Decode(buffer));
    }

    private static string Decode(MemoryStream buffer)
    {
        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        var strict = new UTF8Encoding(false, true);
        try
        {
            return strict.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            // Simple producers fold lines at 75 octets even inside a character (RFC 5545 section 3.1 says readers
            // must restore it); moving such a character's trailing octets before the fold makes the text whole.
        }

        try
        {
            return strict.GetString(ContentLineReader.MoveFoldsOutOfCharacters(bytes));
        }
        catch (DecoderFallbackException e)
        {
            throw new IcalendarFormatException("The input is not UTF-8 text, so it is not an iCalendar file (RFC 5545 requires UTF-8).", e);
        }
    }

    private IcalendarFormatException TooLarge() =>
        new($"The input is larger than the {Options.MaxInputBytes}-octet cap of the import options.");

    private IcalendarImportResult ReadText(string text)
    {
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        var work = new ImportWork();
        var scanner = new ContentLineReader.Scanner(text);
        if (!scanner.Next(out var first))
        {
            throw new IcalendarFormatException("The input is empty, so it is not an iCalendar file.", (int?)null);
        }

        var firstRaw = text.AsSpan(first.Start, first.End - first.Start);
        var firstText = (first.Folded ? ContentLineReader.Unfolded(firstRaw) : firstRaw).TrimEnd();
        if (!firstText.Equals("BEGIN:VCALENDAR", StringComparison.OrdinalIgnoreCase))
        {
            var shown = firstText.Length > 40 ? string.Concat(firstText[..40], "…") : firstText.ToString();
            throw new IcalendarFormatException($"an iCalendar file starts with BEGIN:VCALENDAR, not '{shown}'.", first.LineNumber);
        }

        // VTIMEZONEs nearly always come before the VEVENTs that use them: one pass reads each VEVENT as soon as it ends,
        // so its lines need not outlive it. When a VTIMEZONE comes after a VEVENT of its calendar, the times read so
        // far may have missed it: the import starts again with a first pass that reads only the zones.
        var (events, diagnostics, lateZone) = ReadCalendars(text, work, zonesFirst: false);
        if (lateZone)
        {
            var again = new ImportWork { TreeSteps = work.TreeSteps };
            (events, diagnostics, _) = ReadCalendars(text, again, zonesFirst: true);
            work = again;
        }

        // By position in the input; a stable sort, so diagnostics of one line keep the order they were found in.
        return new IcalendarImportResult(events, diagnostics.OrderBy(d => d.Location.Line).ThenBy(d => d.Location.Column)) { Work = work };
    }

    private (List<Event> Events, List<Diagnostic> Diagnostics, bool LateZone) ReadCalendars(string text, ImportWork work, bool zonesFirst)
    {
        var diagnostics = new List<Diagnostic>();
        IReadOnlyList<ComponentNode> zoneRoots = [];
        if (zonesFirst)
        {
            var zoneWork = new ImportWork();
            zoneRoots = ComponentTreeBuilder.Build(text, null, zoneWork, zonesOnly: true);
            work.TreeSteps += zoneWork.TreeSteps;
        }

        var reader = new CalendarReader(Options, _zones, diagnostics, work, zoneRoots);
        var lateZone = false;
        var roots = ComponentTreeBuilder.Build(text, diagnostics, work, (node, root) =>
        {
            if (root is not { Name: "VCALENDAR" })
            {
                return;
            }

            if (node.Name == "VEVENT")
            {
                reader.Add(node, root);
            }
            else if (node.Name == "VTIMEZONE" && !zonesFirst && reader.HasStarted(root))
            {
                lateZone = true;
            }
        });
        var events = new List<Event>(reader.ParsedCount);
        var usedIds = new HashSet<EventId>(reader.ParsedCount);
        foreach (var root in roots)
        {
            if (root.Name == "VCALENDAR")
            {
                reader.Finish(root, events, usedIds);
            }
            else
            {
                diagnostics.Add(new Diagnostic(IcalendarDiagnosticCodes.InvalidComponent, DiagnosticSeverity.Warning,
                    ContentLineLocation.Of(root.Begin.LineNumber, root.Name), $"a {root.Name} outside a VCALENDAR is skipped."));
            }
        }

        return (events, diagnostics, lateZone);
    }
}
