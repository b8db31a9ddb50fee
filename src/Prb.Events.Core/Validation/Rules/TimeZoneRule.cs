namespace Prb.Events.Validation.Rules;

/// <summary><see cref="DiagnosticCodes.UnknownTimeZone"/>: the event's zone id is known to the scheduler's zone provider.
/// </summary>
/// <remarks>The check is <see cref="LocalTimeResolver.FindZone"/>, which the scheduler runs too; this rule reports what
/// it found for the <see cref="ValidationContext"/>.</remarks>
internal sealed class TimeZoneRule : IEventRule
{
    /// <inheritdoc />
    public void Check(ValidationContext context, List<Diagnostic> diagnostics) => diagnostics.AddRange(context.ZoneDiagnostics);
}
