namespace Prb.Events.Validation.Rules;

/// <summary><see cref="DiagnosticCodes.DifferentEvent"/>: an update keeps the id of the event it replaces.</summary>
internal sealed class SameEventRule : IUpdateRule
{
    /// <inheritdoc />
    public void Check(Event previous, Event next, List<Diagnostic> diagnostics)
    {
        if (previous.Id != next.Id)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.DifferentEvent, "id", $"The update has id '{next.Id}', but replaces event '{previous.Id}'."));
        }
    }
}
