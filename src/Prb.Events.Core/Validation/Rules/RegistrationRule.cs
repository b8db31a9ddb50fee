namespace Prb.Events.Validation.Rules;

/// <summary><see cref="DiagnosticCodes.RegistrationAfterStart"/>, a warning: registration closes no later than the event
/// starts, comparing local times as written.</summary>
internal sealed class RegistrationRule : IEventRule
{
    /// <inheritdoc />
    public void Check(ValidationContext context, List<Diagnostic> diagnostics)
    {
        var @event = context.Event;
        if (@event.Registration?.Deadline is { } deadline && deadline.CompareTo(@event.Start) > 0)
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.RegistrationAfterStart, DiagnosticSeverity.Warning, "registration.deadline",
                $"Registration closes at {deadline}, after the event starts at {@event.Start}."));
        }
    }
}
