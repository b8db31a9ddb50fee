using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Prb.Events.AspNet.Endpoints;

/// <summary>Describes the HEAD operation of an endpoint that answers GET and HEAD as what it is: the GET's status codes
/// and headers without a body, under an operation id of its own (<c>…_Head</c>), so that a client generated from the
/// document neither waits for a body nor meets one id twice.</summary>
internal static class HeadOpenApi
{
    public static Task Describe(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (!HttpMethods.IsHead(context.Description.HttpMethod ?? string.Empty))
        {
            return Task.CompletedTask;
        }

        foreach (var response in operation.Responses?.Values ?? Enumerable.Empty<IOpenApiResponse>())
        {
            response.Content?.Clear();
        }

        if (operation.OperationId is { Length: > 0 } id)
        {
            operation.OperationId = id + "_Head";
        }

        return Task.CompletedTask;
    }
}
