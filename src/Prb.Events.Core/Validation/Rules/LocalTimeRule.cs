namespace Prb.Events.Validation.Rules;

/// <summary>
/// <see cref="DiagnosticCodes.SkippedLocalTime"/>, <see cref="DiagnosticCodes.AmbiguousLocalTime"/> and
/// <see cref="DiagnosticCodes.OffsetNotInZone"/>: every time of the days and of the agenda is one instant in the event's
/// zone (under the lenient policy, skipped and ambiguous times are resolved with a warning).
/// </summary>
/// <remarks>The checks are <see cref="LocalTimeResolver"/>'s, which the scheduler runs too, so the validator and
/// <see cref="EventScheduler.Schedule"/> report the same times in the same words; this rule reports what it found for
/// the <see cref="ValidationContext"/>. Nothing is reported when the zone is unknown.</remarks>
internal sealed class LocalTimeRule : IEventRule
{
    /// <inheritdoc />
    public void Check(ValidationContext context, List<Diagnostic> diagnostics) => diagnostics.AddRange(context.LocalTimeDiagnostics);
}
