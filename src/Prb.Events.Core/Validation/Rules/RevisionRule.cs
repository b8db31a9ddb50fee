using System.Globalization;

namespace Prb.Events.Validation.Rules;

/// <summary>
/// <see cref="DiagnosticCodes.RevisionWentBack"/> and <see cref="DiagnosticCodes.ChangedWithoutNewRevision"/>: in an
/// update, the revision of the event, and of every agenda item it kept (by id), never goes down, and goes up when the
/// times, the status or the series (rule, cancelled or changed occurrences) change, so that subscribers see the change.
/// </summary>
internal sealed class RevisionRule : IUpdateRule
{
    /// <inheritdoc />
    public void Check(Event previous, Event next, List<Diagnostic> diagnostics)
    {
        switch (Compare(previous.Revision, next.Revision,
            next.Start != previous.Start || next.End != previous.End || next.Status != previous.Status || SeriesChanged(previous.Series, next.Series)))
        {
            case Change.WentBack:
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.RevisionWentBack, "revision",
                    Invariant($"The revision went back from {previous.Revision} to {next.Revision}; a revision only goes up.")));
                break;
            case Change.Unmarked:
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.ChangedWithoutNewRevision, "revision",
                    Invariant($"The event's times, status or series changed but its revision stayed at {next.Revision}; raise it so subscribers see the change.")));
                break;
        }

        var before = new Dictionary<AgendaItemId, AgendaItem>();
        foreach (var item in previous.Agenda)
        {
            before.TryAdd(item.Id, item);
        }

        for (var i = 0; i < next.Agenda.Count; i++)
        {
            var item = next.Agenda[i];
            if (!before.TryGetValue(item.Id, out var old))
            {
                continue;
            }

            switch (Compare(old.Revision, item.Revision, item.Start != old.Start || item.End != old.End || item.Status != old.Status))
            {
                case Change.WentBack:
                    diagnostics.Add(Diagnostic.Error(DiagnosticCodes.RevisionWentBack, $"agenda[{i}].revision",
                        Invariant($"The revision of agenda item '{item.Id}' went back from {old.Revision} to {item.Revision}.")));
                    break;
                case Change.Unmarked:
                    diagnostics.Add(Diagnostic.Error(DiagnosticCodes.ChangedWithoutNewRevision, $"agenda[{i}].revision",
                        Invariant($"Agenda item '{item.Id}' changed its times or status but its revision stayed at {item.Revision}.")));
                    break;
            }
        }
    }

    /// <summary>Whether a series changed in what subscribers see: its rule, its cancelled dates, or a moved or changed
    /// occurrence (becoming or ceasing to be a series included).</summary>
    private static bool SeriesChanged(EventSeries? before, EventSeries? after)
    {
        if (before is null || after is null)
        {
            return before != after;
        }

        return before.Rule.ToString() != after.Rule.ToString()
            || !before.CancelledDates.SequenceEqual(after.CancelledDates)
            || !before.Overrides.Select(OverrideKey).SequenceEqual(after.Overrides.Select(OverrideKey));
    }

    private static (NodaTime.LocalDate, EventTime, EventTime, string?, string?, EventStatus?) OverrideKey(OccurrenceOverride o) =>
        (o.OriginalDate, o.Start, o.End, o.Title, o.Description, o.Status);

    /// <summary>The one comparison of two revisions, for the event and for its items alike.</summary>
    private static Change Compare(int before, int after, bool changed) =>
        after < before ? Change.WentBack : after == before && changed ? Change.Unmarked : Change.Sound;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private enum Change
    {
        Sound,
        WentBack,
        Unmarked,
    }
}
