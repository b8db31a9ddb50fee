namespace Prb.Events.Validation.Rules;

/// <summary>
/// One check of an event, for one concern, named after it: each rule reports the problems of that concern, in document
/// order, and nothing else. <see cref="EventValidator"/> runs a fixed list of rules in a fixed order, which is the order
/// of its diagnostics.
/// </summary>
/// <remarks>
/// <para>Rules are internal on purpose. A rule reads the <see cref="ValidationContext"/>, which holds the agenda's
/// instants in pooled scratch space, ordered for the overlap sweeps: a shape chosen for speed, not a contract to publish.
/// Diagnostic codes and their order are the contract, and only this assembly's rules produce codes in
/// <see cref="DiagnosticCodes"/>. A host that needs checks of its own can run them over the <see cref="Event"/> after
/// <see cref="EventValidator.Validate"/>.</para>
/// <para>A rule never throws for a problem in the event: it reports it. A rule holds no state between calls and is safe
/// to share between threads.</para>
/// </remarks>
internal interface IEventRule
{
    /// <summary>Reports the problems of this rule's concern.</summary>
    /// <param name="context">The event and what every rule reads about it.</param>
    /// <param name="diagnostics">Receives the diagnostics.</param>
    void Check(ValidationContext context, List<Diagnostic> diagnostics);
}
