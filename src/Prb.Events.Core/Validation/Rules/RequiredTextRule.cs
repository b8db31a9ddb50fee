namespace Prb.Events.Validation.Rules;

/// <summary><see cref="DiagnosticCodes.RequiredTextBlank"/>: the event's title, the titles of its agenda items, the names
/// of its people, organisations, libraries and venue are not empty or white space.</summary>
internal sealed class RequiredTextRule : IEventRule
{
    /// <inheritdoc />
    public void Check(ValidationContext context, List<Diagnostic> diagnostics)
    {
        // Paths and messages are formatted only for blank text.
        var @event = context.Event;
        if (IsBlank(@event.Title))
        {
            diagnostics.Add(Blank("title", "The event's title"));
        }

        for (var i = 0; i < @event.Agenda.Count; i++)
        {
            if (IsBlank(@event.Agenda[i].Title))
            {
                diagnostics.Add(Blank($"agenda[{i}].title", $"The title of agenda item '{@event.Agenda[i].Id}'"));
            }
        }

        for (var i = 0; i < @event.People.Count; i++)
        {
            if (IsBlank(@event.People[i].Name))
            {
                diagnostics.Add(Blank($"people[{i}].name", $"The name of person '{@event.People[i].Id}'"));
            }
        }

        for (var i = 0; i < @event.Organizations.Count; i++)
        {
            if (IsBlank(@event.Organizations[i].Name))
            {
                diagnostics.Add(Blank($"organizations[{i}].name", $"The name of organisation '{@event.Organizations[i].Id}'"));
            }
        }

        for (var i = 0; i < @event.Libraries.Count; i++)
        {
            if (IsBlank(@event.Libraries[i].OfficialName))
            {
                diagnostics.Add(Blank($"libraries[{i}].officialName", $"The name of library '{@event.Libraries[i].Id}'"));
            }
        }

        if (@event.Venue is { } venue && IsBlank(venue.Name))
        {
            diagnostics.Add(Blank("venue.name", "The venue's name"));
        }
    }

    private static bool IsBlank(string text) => string.IsNullOrWhiteSpace(text);

    private static Diagnostic Blank(string path, string what) => Diagnostic.Error(DiagnosticCodes.RequiredTextBlank, path, $"{what} is blank.");
}
