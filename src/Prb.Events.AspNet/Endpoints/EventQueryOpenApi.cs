using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Prb.Events.Hosting;

namespace Prb.Events.AspNet.Endpoints;

/// <summary>Describes the query parameters of <see cref="EventQueryParser"/> in the OpenAPI document — types, the tokens
/// of each enum, defaults and limits — so that a client generated from the document can filter. The handlers read the
/// query themselves (to name a bad parameter in problem details), so the generator cannot see the parameters.</summary>
internal static class EventQueryOpenApi
{
    public static Func<OpenApiOperation, OpenApiOperationTransformerContext, CancellationToken, Task> Describe(PrbEventsOptions options, bool paged) =>
        (operation, _, _) =>
        {
            operation.Parameters ??= [];
            foreach (var parameter in Parameters(options, paged))
            {
                operation.Parameters.Add(parameter);
            }

            return Task.CompletedTask;
        };

    private static IEnumerable<OpenApiParameter> Parameters(PrbEventsOptions options, bool paged)
    {
        yield return Query(EventQueryParser.Text, "Words that must all appear in the event (title, description, tags, venue, organisers, agenda, speakers), ignoring case and diacritics: 'zolw' finds 'Żółw'.",
            new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = EventQuery.MaxTextLength });
        yield return Query(EventQueryParser.From, "The first date (inclusive) on which an event takes place; a multi-day event matches any of its days.",
            new OpenApiSchema { Type = JsonSchemaType.String, Format = "date" });
        yield return Query(EventQueryParser.To, "The last date (inclusive); not before 'from'.",
            new OpenApiSchema { Type = JsonSchemaType.String, Format = "date" });
        yield return Query(EventQueryParser.Zone, "The IANA time zone the dates are in, such as Europe/Warsaw; by default each event's own zone.",
            new OpenApiSchema { Type = JsonSchemaType.String });
        yield return Query(EventQueryParser.Region, "The voivodeship of an organising library.", Tokens<Voivodeship>());
        yield return Query(EventQueryParser.Organizer, "An organiser's id, or words of its name (ignoring case and diacritics).",
            new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = EventQuery.MaxTextLength });
        yield return Query(EventQueryParser.Kind, "The kind of event.", Tokens<EventKind>());
        yield return Query(EventQueryParser.Audience, "An audience; events for 'everyone' match every audience.", Tokens<Audience>());
        if (paged)
        {
            yield return Query(EventQueryParser.Page, "The page, from 1.",
                new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "1", Default = JsonValue.Create(1) });
            yield return Query(EventQueryParser.PageSize, $"Events per page, from 1 to {options.MaxPageSize}.",
                new OpenApiSchema
                {
                    Type = JsonSchemaType.Integer,
                    Format = "int32",
                    Minimum = "1",
                    Maximum = options.MaxPageSize.ToString(CultureInfo.InvariantCulture),
                    Default = JsonValue.Create(options.DefaultPageSize),
                });
        }
    }

    private static OpenApiParameter Query(string name, string description, OpenApiSchema schema) => new()
    {
        Name = name,
        In = ParameterLocation.Query,
        Required = false,
        Description = description,
        Schema = schema,
    };

    private static OpenApiSchema Tokens<TEnum>()
        where TEnum : struct, Enum => new()
        {
            Type = JsonSchemaType.String,
            Enum = [.. EnumTokens.GetTokens<TEnum>().Select(t => (JsonNode)JsonValue.Create(t))],
        };
}
