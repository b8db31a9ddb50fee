using System.Buffers.Text;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Prb.Events.AspNet.Tests.TestSupport;
using Prb.Events.Hosting;

namespace Prb.Events.AspNet.Tests.Endpoints;

/// <summary>The editing endpoints at their edges, one behaviour each: the size limit, what a 400 names, the headers
/// of a write, conditions that match or not, a stored file that is no event document, and the outcomes a store
/// reports when another writer came first.</summary>
public sealed class EditingEndpointsBoundaryTests : IDisposable
{
    private readonly TempFolder _folder = Seed.CopyToTempFolder();

    public void Dispose() => _folder.Dispose();

    private string StoredPath => _folder.File(Seed.Slug + ".json");

    private Task<WebApplication> FolderHostAsync(long? maxDocumentSize = null) =>
        TestHost.StartAsync(
            s => s.AddPrbEvents(o =>
            {
                o.CatalogPath = _folder.FullPath;
                if (maxDocumentSize is { } limit)
                {
                    o.MaxDocumentSize = limit;
                }
            }),
            app =>
            {
                app.MapPrbEvents();
                app.MapPrbEventsEditing();
            });

    private static Task<WebApplication> ScriptedHostAsync(ScriptedEventStore store) =>
        TestHost.StartAsync(
            s =>
            {
                s.AddSingleton<IEventStore>(store);
                s.AddSingleton<IEventCatalog>(new InMemoryEventCatalog([], Instant.FromUtc(2011, 11, 8, 12, 0)));
                s.AddPrbEvents();
            },
            app => app.MapPrbEventsEditing());

    private static Task<HttpResponseMessage> SendAsync(
        HttpClient client, HttpMethod method, string slug, string? json = null, string? ifMatch = null, string? ifNoneMatch = null)
    {
        var request = new HttpRequestMessage(method, "/events/" + slug);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        if (ifNoneMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        }

        return client.SendAsync(request);
    }

    private static async Task<string> ETagAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/events/" + Seed.Slug);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response.Headers.ETag!.Tag;
    }

    [Fact]
    public async Task A_document_of_exactly_MaxDocumentSize_bytes_is_accepted()
    {
        var json = EditingEndpointsTests.Document(1, "Tytuł ze znakami: zażółć 📚");
        await using var app = await FolderHostAsync(Encoding.UTF8.GetByteCount(json));

        using var response = await SendAsync(app.Client(), HttpMethod.Put, Seed.Slug, json, ifMatch: "*");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_document_one_byte_over_MaxDocumentSize_is_413_naming_the_limit()
    {
        var json = EditingEndpointsTests.Document(1);
        var limit = Encoding.UTF8.GetByteCount(json) - 1;
        await using var app = await FolderHostAsync(limit);

        using var response = await SendAsync(app.Client(), HttpMethod.Put, Seed.Slug, json, ifMatch: "*");

        var problem = await Problems.ProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "Document too large");
        Assert.Equal($"An event document may have at most {limit} bytes.", problem.GetProperty("detail").GetString());
        Assert.Equal(Seed.Json, File.ReadAllText(StoredPath));
    }

    [Fact]
    public async Task An_unreadable_document_is_400_naming_path_line_column_and_reason()
    {
        await using var app = await FolderHostAsync();
        var json = Seed.Json.Replace("\"kind\": \"conference\"", "\"kind\": 7", StringComparison.Ordinal);
        var expected = Assert.Throws<EventDocumentException>(() => EventDocumentSerializer.Read(json));

        using var response = await SendAsync(app.Client(), HttpMethod.Put, Seed.Slug, json, ifMatch: "*");

        var problem = await Problems.ProblemAsync(response, HttpStatusCode.BadRequest, "Not an event document");
        Assert.Equal(expected.Message, problem.GetProperty("detail").GetString());
        Assert.Equal(expected.Path, problem.GetProperty("path").GetString());
        Assert.Equal(expected.Line, problem.GetProperty("line").GetInt64());
        Assert.Equal(expected.ByteColumn, problem.GetProperty("column").GetInt64());
        Assert.Equal(expected.Reason, problem.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task A_document_for_another_slug_is_400_naming_the_slug()
    {
        await using var app = await FolderHostAsync();

        using var response = await SendAsync(app.Client(), HttpMethod.Put, "inne-wydarzenie", EditingEndpointsTests.Document(), ifMatch: "*");

        var problem = await Problems.ProblemAsync(response, HttpStatusCode.BadRequest, "Slug mismatch");
        Assert.Equal("slug", problem.GetProperty("path").GetString());
        Assert.Equal($"The document's slug '{Seed.Slug}' is not the slug of the address.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_replacement_sends_the_stored_document_as_JSON_not_to_be_cached_and_no_Location()
    {
        await using var app = await FolderHostAsync();
        var client = app.Client();

        using var response = await SendAsync(client, HttpMethod.Put, Seed.Slug, EditingEndpointsTests.Document(1, "Nowy tytuł"), ifMatch: await ETagAsync(client));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(File.ReadAllBytes(StoredPath), body);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.ToString());
        Assert.Equal(body.Length, response.Content.Headers.ContentLength);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Null(response.Headers.Location);
        Assert.Equal(["nosniff"], response.Headers.GetValues("X-Content-Type-Options"));
    }

    [Fact]
    public async Task A_creation_sends_the_stored_document_as_JSON_not_to_be_cached_with_its_Location()
    {
        await using var app = await FolderHostAsync();
        const string slug = "nowe-wydarzenie";

        using var response = await SendAsync(app.Client(), HttpMethod.Put, slug, EditingEndpointsTests.Document(slug: slug, id: slug));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(File.ReadAllBytes(_folder.File(slug + ".json")), body);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.ToString());
        Assert.Equal(body.Length, response.Content.Headers.ContentLength);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Equal("/events/" + slug, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task If_Match_star_replaces_whatever_version_is_stored()
    {
        await using var app = await FolderHostAsync();

        using var response = await SendAsync(app.Client(), HttpMethod.Put, Seed.Slug, EditingEndpointsTests.Document(1, "Nowy tytuł"), ifMatch: "*");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Nowy tytuł", File.ReadAllText(StoredPath), StringComparison.Ordinal);
    }

    [Fact]
    public async Task If_Match_listing_the_current_ETag_among_others_replaces()
    {
        await using var app = await FolderHostAsync();
        var client = app.Client();

        using var response = await SendAsync(client, HttpMethod.Put, Seed.Slug, EditingEndpointsTests.Document(1), ifMatch: $"\"stara-wersja\", {await ETagAsync(client)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task If_Match_with_the_weak_form_of_the_current_ETag_is_412()
    {
        // RFC 9110 13.1.1: If-Match compares strongly; a weak tag never matches.
        await using var app = await FolderHostAsync();
        var client = app.Client();
        var etag = await ETagAsync(client);

        using var response = await SendAsync(client, HttpMethod.Put, Seed.Slug, EditingEndpointsTests.Document(1), ifMatch: "W/" + etag);

        await Problems.ProblemAsync(response, HttpStatusCode.PreconditionFailed, "Precondition failed");
        Assert.Equal(etag, response.Headers.ETag?.Tag);
        Assert.Equal(Seed.Json, File.ReadAllText(StoredPath));
    }

    [Theory]
    [InlineData("nie-w-cudzyslowie")]
    [InlineData("\"niedomkniety")]
    public async Task A_malformed_If_Match_matches_nothing_and_is_412(string ifMatch)
    {
        await using var app = await FolderHostAsync();

        using var response = await SendAsync(app.Client(), HttpMethod.Put, Seed.Slug, EditingEndpointsTests.Document(1), ifMatch: ifMatch);

        await Problems.ProblemAsync(response, HttpStatusCode.PreconditionFailed, "Precondition failed");
        Assert.Equal(Seed.Json, File.ReadAllText(StoredPath));
    }

    [Fact]
    public async Task If_None_Match_star_on_an_existing_event_is_412_naming_its_ETag()
    {
        await using var app = await FolderHostAsync();
        var client = app.Client();
        var etag = await ETagAsync(client);

        using var response = await SendAsync(client, HttpMethod.Put, Seed.Slug, EditingEndpointsTests.Document(1), ifMatch: etag, ifNoneMatch: "*");

        var problem = await Problems.ProblemAsync(response, HttpStatusCode.PreconditionFailed, "Precondition failed");
        Assert.Equal(etag, response.Headers.ETag?.Tag);
        Assert.Equal("An event with this slug exists, and If-None-Match names it (or is *).", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task If_None_Match_naming_the_current_ETag_even_weakly_is_412()
    {
        // RFC 9110 13.1.2: on a method other than GET or HEAD, a listed tag equal to the current one (weak comparison)
        // makes the condition false.
        await using var app = await FolderHostAsync();
        var client = app.Client();
        var etag = await ETagAsync(client);

        using var response = await SendAsync(client, HttpMethod.Put, Seed.Slug, EditingEndpointsTests.Document(1), ifMatch: etag, ifNoneMatch: $"\"inna\", W/{etag}");

        await Problems.ProblemAsync(response, HttpStatusCode.PreconditionFailed, "Precondition failed");
        Assert.Equal(Seed.Json, File.ReadAllText(StoredPath));
    }

    [Theory]
    [InlineData("\"inna-wersja\"")]
    [InlineData("nie-w-cudzyslowie")]
    public async Task If_None_Match_naming_another_version_or_unreadable_lets_the_replacement_through(string ifNoneMatch)
    {
        await using var app = await FolderHostAsync();
        var client = app.Client();

        using var response = await SendAsync(client, HttpMethod.Put, Seed.Slug, EditingEndpointsTests.Document(1), ifMatch: await ETagAsync(client), ifNoneMatch: ifNoneMatch);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_stale_If_Match_is_412_saying_what_to_do()
    {
        await using var app = await FolderHostAsync();

        using var response = await SendAsync(app.Client(), HttpMethod.Put, Seed.Slug, EditingEndpointsTests.Document(1), ifMatch: "\"stara-wersja\"");

        var problem = await Problems.ProblemAsync(response, HttpStatusCode.PreconditionFailed, "Precondition failed");
        Assert.Equal("The event has changed since it was read: GET it again and repeat the change on it.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task If_Match_on_a_missing_event_is_412_naming_no_ETag()
    {
        await using var app = await FolderHostAsync();
        const string slug = "nowe-wydarzenie";

        using var response = await SendAsync(app.Client(), HttpMethod.Put, slug, EditingEndpointsTests.Document(slug: slug, id: slug), ifMatch: "*");

        var problem = await Problems.ProblemAsync(response, HttpStatusCode.PreconditionFailed, "Precondition failed");
        Assert.Null(response.Headers.ETag);
        Assert.Equal("No event has this slug, so none matches If-Match.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Without_If_Match_a_replacement_is_428_saying_what_to_send()
    {
        await using var app = await FolderHostAsync();

        using var response = await SendAsync(app.Client(), HttpMethod.Put, Seed.Slug, EditingEndpointsTests.Document(1));

        var problem = await Problems.ProblemAsync(response, HttpStatusCode.PreconditionRequired, "Precondition required");
        Assert.Contains("If-Match", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stored_file_that_is_no_event_document_can_be_replaced_with_If_Match_star()
    {
        await File.WriteAllTextAsync(StoredPath, "{ \"to nie jest\": \"wydarzenie\" }");
        await using var app = await FolderHostAsync();

        using var response = await SendAsync(app.Client(), HttpMethod.Put, Seed.Slug, EditingEndpointsTests.Document(1), ifMatch: "*");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(EventDocumentSerializer.WriteUtf8(EventDocumentSerializer.Read(EditingEndpointsTests.Document(1))), File.ReadAllBytes(StoredPath));
    }

    [Fact]
    public async Task A_stored_file_that_is_no_event_document_has_the_ETag_of_its_bytes_and_is_deleted_with_it()
    {
        var bytes = Encoding.UTF8.GetBytes("{ \"to nie jest\": \"wydarzenie\" }");
        await File.WriteAllBytesAsync(StoredPath, bytes);
        await using var app = await FolderHostAsync();
        var client = app.Client();

        using var refused = await SendAsync(client, HttpMethod.Delete, Seed.Slug, ifMatch: "\"stara-wersja\"");
        await Problems.ProblemAsync(refused, HttpStatusCode.PreconditionFailed, "Precondition failed");
        var etag = refused.Headers.ETag!.Tag;
        Assert.Equal("\"" + Base64Url.EncodeToString(SHA256.HashData(bytes).AsSpan(0, 16)) + "\"", etag);

        using var deleted = await SendAsync(client, HttpMethod.Delete, Seed.Slug, ifMatch: etag);

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.False(File.Exists(StoredPath));
    }

    [Fact]
    public async Task A_delete_with_a_stale_If_Match_is_412_naming_the_current_ETag()
    {
        await using var app = await FolderHostAsync();
        var client = app.Client();

        using var response = await SendAsync(client, HttpMethod.Delete, Seed.Slug, ifMatch: "\"stara-wersja\"");

        var problem = await Problems.ProblemAsync(response, HttpStatusCode.PreconditionFailed, "Precondition failed");
        Assert.Equal(await ETagAsync(client), response.Headers.ETag?.Tag);
        Assert.Equal("The event has changed since it was read: GET it again before deleting it.", problem.GetProperty("detail").GetString());
        Assert.True(File.Exists(StoredPath));
    }

    [Fact]
    public async Task A_delete_with_If_Match_star_deletes()
    {
        await using var app = await FolderHostAsync();

        using var response = await SendAsync(app.Client(), HttpMethod.Delete, Seed.Slug, ifMatch: "*");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.False(File.Exists(StoredPath));
    }

    [Theory]
    [InlineData("Nie_Slug")]
    [InlineData("%C5%BC%C3%B3%C5%82w")]
    public async Task A_delete_at_an_address_that_is_no_slug_is_404_not_500(string slug)
    {
        await using var app = await FolderHostAsync();

        using var response = await SendAsync(app.Client(), HttpMethod.Delete, slug, ifMatch: "*");

        var problem = await Problems.ProblemAsync(response, HttpStatusCode.NotFound, "Unknown event");
        Assert.Equal("No event has this slug.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_replacement_another_writer_got_to_first_is_412_naming_no_ETag()
    {
        var store = new ScriptedEventStore(Encoding.UTF8.GetBytes(Seed.Json)) { WriteStatus = EventStoreStatus.Conflict };
        await using var app = await ScriptedHostAsync(store);

        using var response = await SendAsync(app.Client(), HttpMethod.Put, Seed.Slug, EditingEndpointsTests.Document(1), ifMatch: "*");

        var problem = await Problems.ProblemAsync(response, HttpStatusCode.PreconditionFailed, "Precondition failed");
        Assert.Null(response.Headers.ETag);
        Assert.Equal("The event changed while it was being replaced: GET it again and repeat the change on it.", problem.GetProperty("detail").GetString());
        Assert.Equal(1, store.Writes);
    }

    [Fact]
    public async Task A_creation_another_writer_got_to_first_is_412()
    {
        var store = new ScriptedEventStore(null) { WriteStatus = EventStoreStatus.AlreadyExists };
        await using var app = await ScriptedHostAsync(store);

        using var response = await SendAsync(app.Client(), HttpMethod.Put, Seed.Slug, EditingEndpointsTests.Document());

        var problem = await Problems.ProblemAsync(response, HttpStatusCode.PreconditionFailed, "Precondition failed");
        Assert.Equal("An event with this slug was created meanwhile: GET it and replace it with If-Match.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_delete_another_writer_got_to_first_is_412()
    {
        var store = new ScriptedEventStore(Encoding.UTF8.GetBytes(Seed.Json)) { WriteStatus = EventStoreStatus.Conflict };
        await using var app = await ScriptedHostAsync(store);

        using var response = await SendAsync(app.Client(), HttpMethod.Delete, Seed.Slug, ifMatch: "*");

        var problem = await Problems.ProblemAsync(response, HttpStatusCode.PreconditionFailed, "Precondition failed");
        Assert.Null(response.Headers.ETag);
        Assert.Equal("The event changed while it was being deleted: GET it again before deleting it.", problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task An_invalid_document_is_422_before_the_store_is_asked(bool replacing)
    {
        var store = new ScriptedEventStore(replacing ? Encoding.UTF8.GetBytes(Seed.Json) : null)
        {
            WriteStatus = replacing ? EventStoreStatus.Replaced : EventStoreStatus.Created,
        };
        await using var app = await ScriptedHostAsync(store);
        var json = EditingEndpointsTests.Document(1).Replace("\"timeZone\": \"Europe/Warsaw\"", "\"timeZone\": \"Europe/Nowhere\"", StringComparison.Ordinal);

        using var response = await SendAsync(app.Client(), HttpMethod.Put, Seed.Slug, json, ifMatch: replacing ? "*" : null);

        var problem = await Problems.ProblemAsync(response, HttpStatusCode.UnprocessableEntity, "The event is not valid");
        Assert.Contains(problem.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("code").GetString() == "PRB1008");
        Assert.Equal(0, store.Writes);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task What_the_store_itself_refuses_is_422_with_every_diagnostic(bool replacing)
    {
        var store = new ScriptedEventStore(replacing ? Encoding.UTF8.GetBytes(Seed.Json) : null)
        {
            WriteStatus = EventStoreStatus.Invalid,
            Diagnostics =
            [
                new Diagnostic("PRB9001", DiagnosticSeverity.Error, "title", "Tytuł jest zajęty."),
                new Diagnostic("PRB9002", DiagnosticSeverity.Warning, DiagnosticLocation.Input(3, 7, "VEVENT"), "Ostrzeżenie z wejścia."),
                new Diagnostic("PRB9003", DiagnosticSeverity.Error, string.Empty, "Cały dokument."),
            ],
        };
        await using var app = await ScriptedHostAsync(store);

        using var response = await SendAsync(app.Client(), HttpMethod.Put, Seed.Slug, EditingEndpointsTests.Document(1), ifMatch: replacing ? "*" : null);

        var problem = await Problems.ProblemAsync(response, HttpStatusCode.UnprocessableEntity, "The event is not valid");
        Assert.Equal(
            "The document has validation errors; every diagnostic is listed with its code, severity and path.",
            problem.GetProperty("detail").GetString());
        var diagnostics = problem.GetProperty("diagnostics").EnumerateArray()
            .Select(d => (d.GetProperty("code").GetString(), d.GetProperty("severity").GetString(), d.GetProperty("path").GetString(), d.GetProperty("message").GetString()))
            .ToList();
        Assert.Equal(
            [
                ("PRB9001", "error", "title", "Tytuł jest zajęty."),
                ("PRB9002", "warning", "line 3, column 7 (VEVENT)", "Ostrzeżenie z wejścia."),
                ("PRB9003", "error", string.Empty, "Cały dokument."),
            ],
            diagnostics);
        Assert.Equal(1, store.Writes);
    }
}
