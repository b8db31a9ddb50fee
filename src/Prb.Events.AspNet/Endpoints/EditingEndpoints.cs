using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Prb.Events.AspNet.Http;
using Prb.Events.Hosting;

namespace Prb.Events.AspNet.Endpoints;

/// <summary>The handlers behind <c>MapPrbEventsEditing()</c>: create, replace and delete one event through the host's
/// <see cref="IEventStore"/>, with the ETag of <c>GET {prefix}/{slug}</c> as the version a client names in If-Match.</summary>
internal static class EditingEndpoints
{
    public static async Task<IResult> PutAsync(
        string slug, HttpRequest request, IEventStore store, EventValidator validator, IOptions<PrbEventsOptions> options,
        CancellationToken cancellationToken)
    {
        var body = await ReadCappedAsync(request.Body, options.Value.MaxDocumentSize, cancellationToken);
        if (body is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Document too large",
                detail: $"An event document may have at most {options.Value.MaxDocumentSize} bytes.");
        }

        Event next;
        try
        {
            next = EventDocumentSerializer.Read(body);
        }
        catch (EventDocumentException e)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Not an event document", detail: e.Message,
                extensions: new Dictionary<string, object?> { ["path"] = e.Path, ["line"] = e.Line, ["column"] = e.ByteColumn, ["reason"] = e.Reason });
        }

        if (!string.Equals(next.Slug.Value, slug, StringComparison.Ordinal))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Slug mismatch",
                detail: $"The document's slug '{next.Slug.Value}' is not the slug of the address.",
                extensions: new Dictionary<string, object?> { ["path"] = "slug" });
        }

        var current = await store.GetAsync(next.Slug, cancellationToken);
        if (current is null)
        {
            if (request.Headers.IfMatch.Count > 0)
            {
                return PreconditionFailed("No event has this slug, so none matches If-Match.", null);
            }

            return await CreateAsync(next, request, store, validator, cancellationToken);
        }

        var previous = TryRead(current);
        var etag = ETagOf(current, previous);
        if (MatchesAnyOf(request.Headers.IfNoneMatch, etag))
        {
            return PreconditionFailed("An event with this slug exists, and If-None-Match names it (or is *).", etag);
        }

        if (request.Headers.IfMatch.Count == 0)
        {
            return PreconditionRequired();
        }

        if (!Matches(request.Headers.IfMatch, etag))
        {
            return PreconditionFailed("The event has changed since it was read: GET it again and repeat the change on it.", etag);
        }

        var validation = previous is null ? validator.Validate(next) : validator.ValidateUpdate(previous, next);
        if (!validation.IsValid)
        {
            return Unprocessable(validation.Diagnostics);
        }

        var result = await store.ReplaceAsync(next, current.Version, cancellationToken);
        return result.Status switch
        {
            EventStoreStatus.Replaced => new WrittenResult(StatusCodes.Status200OK, EventDocumentSerializer.WriteUtf8(next), null),
            EventStoreStatus.Invalid => Unprocessable(result.Diagnostics),
            _ => PreconditionFailed("The event changed while it was being replaced: GET it again and repeat the change on it.", null),
        };
    }

    public static async Task<IResult> DeleteAsync(string slug, HttpRequest request, IEventStore store, CancellationToken cancellationToken)
    {
        var current = Slug.IsValid(slug) ? await store.GetAsync(new Slug(slug), cancellationToken) : null;
        if (current is null)
        {
            return EventEndpoints.UnknownEvent();
        }

        if (request.Headers.IfMatch.Count == 0)
        {
            return PreconditionRequired();
        }

        var etag = ETagOf(current, TryRead(current));
        if (!Matches(request.Headers.IfMatch, etag))
        {
            return PreconditionFailed("The event has changed since it was read: GET it again before deleting it.", etag);
        }

        var result = await store.DeleteAsync(current.Slug, current.Version, cancellationToken);
        return result.Status == EventStoreStatus.Deleted
            ? TypedResults.NoContent()
            : PreconditionFailed("The event changed while it was being deleted: GET it again before deleting it.", null);
    }

    /// <summary>The entity tag a client got from <c>GET {prefix}/{slug}</c> for the stored event: the strong ETag of
    /// its JSON document as the endpoints serve it (written again from the event read, so a file edited by hand has
    /// the ETag its GET has); of the stored bytes when they are no event document.</summary>
    internal static string ETagOf(StoredEventDocument stored, Event? @event) =>
        Representation.ComputeETag(@event is null ? stored.Document.Span : EventDocumentSerializer.WriteUtf8(@event));

    private static async Task<IResult> CreateAsync(Event next, HttpRequest request, IEventStore store, EventValidator validator, CancellationToken cancellationToken)
    {
        var validation = validator.Validate(next);
        if (!validation.IsValid)
        {
            return Unprocessable(validation.Diagnostics);
        }

        var result = await store.CreateAsync(next, cancellationToken);
        return result.Status switch
        {
            EventStoreStatus.Created => new WrittenResult(StatusCodes.Status201Created, EventDocumentSerializer.WriteUtf8(next),
                request.PathBase + request.Path),
            EventStoreStatus.Invalid => Unprocessable(result.Diagnostics),
            _ => PreconditionFailed("An event with this slug was created meanwhile: GET it and replace it with If-Match.", null),
        };
    }

    private static Event? TryRead(StoredEventDocument stored)
    {
        try
        {
            return stored.ReadEvent();
        }
        catch (EventDocumentException)
        {
            return null;
        }
    }

    /// <summary>RFC 9110 If-None-Match on a change: it fails for <c>*</c>, or for any listed tag equal to the current
    /// one by weak comparison. A header that cannot be read sets no condition.</summary>
    private static bool MatchesAnyOf(IList<string> ifNoneMatch, string etag)
    {
        if (!EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags))
        {
            return false;
        }

        var current = new EntityTagHeaderValue(etag);
        return tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(current, useStrongComparison: false));
    }

    /// <summary>RFC 9110 If-Match: <c>*</c>, or any listed tag equal to the current one by strong comparison.</summary>
    private static bool Matches(IList<string> ifMatch, string etag)
    {
        if (!EntityTagHeaderValue.TryParseList(ifMatch, out var tags))
        {
            return false;
        }

        var current = new EntityTagHeaderValue(etag);
        return tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(current, useStrongComparison: true));
    }

    private static ProblemHttpResult PreconditionRequired() =>
        TypedResults.Problem(statusCode: StatusCodes.Status428PreconditionRequired, title: "Precondition required",
            detail: "Replacing or deleting an event needs If-Match with the ETag of the version it changes: GET the event first.");

    /// <summary>412, naming the current ETag when there is a current version.</summary>
    private static CurrentETagResult PreconditionFailed(string detail, string? etag) =>
        new CurrentETagResult(
            TypedResults.Problem(statusCode: StatusCodes.Status412PreconditionFailed, title: "Precondition failed", detail: detail), etag);

    private static ProblemHttpResult Unprocessable(IReadOnlyList<Diagnostic> diagnostics) =>
        TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "The event is not valid",
            detail: "The document has validation errors; every diagnostic is listed with its code, severity and path.",
            extensions: new Dictionary<string, object?>
            {
                ["diagnostics"] = diagnostics.Select(d => new DiagnosticDetail(d.Code, EnumTokens.ToToken(d.Severity), d.Path ?? d.Location.ToString(), d.Message)).ToList(),
            });

    private static async Task<byte[]?> ReadCappedAsync(Stream body, long limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16384];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>One diagnostic of a 422 answer.</summary>
    internal sealed record DiagnosticDetail(string Code, string Severity, string Path, string Message);

    /// <summary>A 200 or 201 carrying the stored document with its ETag, and for a creation its Location.</summary>
    private sealed class WrittenResult(int statusCode, byte[] document, string? location) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            var response = httpContext.Response;
            response.StatusCode = statusCode;
            response.Headers.ETag = Representation.ComputeETag(document);
            response.Headers.CacheControl = "no-store";
            if (location is not null)
            {
                response.Headers.Location = location;
            }

            response.ContentType = "application/json";
            response.ContentLength = document.Length;
            await response.Body.WriteAsync(document, httpContext.RequestAborted);
        }
    }

    /// <summary>A problem answer that also names the current ETag, so a client can tell what it missed.</summary>
    private sealed class CurrentETagResult(IResult inner, string? etag) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            if (etag is not null)
            {
                httpContext.Response.Headers.ETag = etag;
            }

            return inner.ExecuteAsync(httpContext);
        }
    }
}
