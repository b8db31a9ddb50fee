namespace Prb.Events.Validation.Rules;

/// <summary><see cref="DiagnosticCodes.UnsupportedUrlScheme"/>: every URL of the event, its venue, listing, registration,
/// organisations, libraries and programmes is http or https.</summary>
internal sealed class UrlRule : IEventRule
{
    /// <inheritdoc />
    public void Check(ValidationContext context, List<Diagnostic> diagnostics)
    {
        var @event = context.Event;
        Check(@event.Url, "url", diagnostics);
        Check(@event.Venue?.OnlineUrl, "venue.onlineUrl", diagnostics);
        Check(@event.Listing?.Url, "listing.url", diagnostics);
        Check(@event.Registration?.Url, "registration.url", diagnostics);
        for (var i = 0; i < @event.Organizations.Count; i++)
        {
            Check(@event.Organizations[i].Url, $"organizations[{i}].url", diagnostics);
        }

        for (var i = 0; i < @event.Libraries.Count; i++)
        {
            Check(@event.Libraries[i].Url, $"libraries[{i}].url", diagnostics);
        }

        for (var i = 0; i < @event.Programmes.Count; i++)
        {
            Check(@event.Programmes[i].Url, $"programmes[{i}].url", diagnostics);
        }
    }

    private static void Check(Uri? url, string path, List<Diagnostic> diagnostics)
    {
        if (url is not null && !WebAddress.IsHttp(url))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.UnsupportedUrlScheme, path, $"'{url.OriginalString}' is not an http or https URL."));
        }
    }
}
