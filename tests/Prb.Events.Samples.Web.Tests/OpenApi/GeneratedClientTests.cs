using System.Collections;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NSwag;
using NSwag.CodeGeneration.CSharp;

namespace Prb.Events.Samples.Web.Tests.OpenApi;

/// <summary>A client generated with NSwag from the site's OpenAPI document, compiled with Roslyn and called against the
/// running test host: the filters of the list are in the document, with their types and tokens, so a client can use them.</summary>
public sealed class GeneratedClientTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static Assembly? s_client;

    [Fact]
    public async Task Document_DescribesEveryQueryParameterOfTheListAndTheFeed()
    {
        var document = await OpenApiDocument.FromJsonAsync(await factory.CreateClient().GetStringAsync("/openapi/v1.json"));

        var list = document.Paths["/events"]["get"];
        var feed = document.Paths["/events/calendar.ics"]["get"];
        string[] filters = ["q", "from", "to", "tz", "region", "organizer", "kind", "audience"];
        Assert.Equal([.. filters, "page", "pageSize"], list.Parameters.Select(p => p.Name));
        Assert.Equal(filters, feed.Parameters.Select(p => p.Name));
        Assert.All(list.Parameters, p => Assert.Equal(OpenApiParameterKind.Query, p.Kind));
        Assert.Equal(EnumTokens.GetTokens<Audience>(), Parameter(list, "audience").ActualSchema.Enumeration.Select(e => e?.ToString()));
        Assert.Equal(EnumTokens.GetTokens<Voivodeship>(), Parameter(feed, "region").ActualSchema.Enumeration.Select(e => e?.ToString()));
        Assert.Equal("date", Parameter(list, "from").ActualSchema.Format);
        Assert.Equal(1m, Parameter(list, "page").ActualSchema.Minimum);
        Assert.Equal(100m, Parameter(list, "pageSize").ActualSchema.Maximum);
        Assert.Equal(20, Convert.ToInt32(Parameter(list, "pageSize").ActualSchema.Default, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(200, Parameter(list, "q").ActualSchema.MaxLength);
    }

    [Fact]
    public async Task GeneratedClient_FiltersThroughTheDocumentsParameters()
    {
        var client = await ClientAsync();
        using var http = factory.CreateClient();
        var instance = Activator.CreateInstance(client.GetType("Generated.PrbEventsClient")!, http)!;
        var candidates = instance.GetType().GetMethods().Where(m => m.ReturnType.IsGenericType && m.ReturnType.GetGenericArguments()[0].GetProperty("Items") is not null && m.GetParameters().Any(p => p.Name == "audience") && !m.GetParameters().Any(p => p.ParameterType == typeof(CancellationToken))).ToList();
        var list = Assert.Single(candidates, m => m.Name == "EventsGetAsync");

        var all = await CallAsync(list, instance, new());
        var found = await CallAsync(list, instance, new() { ["q"] = "partnerstwach", ["region"] = "Dolnoslaskie", ["kind"] = "Conference" });
        var none = await CallAsync(list, instance, new() { ["q"] = "partnerstwach", ["kind"] = "Webinar" });
        var paged = await CallAsync(list, instance, new() { ["pageSize"] = 1, ["page"] = 2 });

        Assert.Contains("prb-2011-11-09-wroclaw", Slugs(all));
        Assert.Equal(["prb-2011-11-09-wroclaw"], Slugs(found));
        Assert.Empty(Slugs(none));
        Assert.Equal(Total(all) >= 2 ? [Slugs(all)[1]] : [], Slugs(paged));
        Assert.Equal(Total(all), Total(paged));
    }

    private static NSwag.OpenApiParameter Parameter(NSwag.OpenApiOperation operation, string name) => operation.Parameters.Single(p => p.Name == name);

    private async Task<Assembly> ClientAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (s_client is not null)
            {
                return s_client;
            }

            var document = await OpenApiDocument.FromJsonAsync(await factory.CreateClient().GetStringAsync("/openapi/v1.json"));
            var settings = new CSharpClientGeneratorSettings
            {
                ClassName = "PrbEventsClient",
                OperationNameGenerator = new NSwag.CodeGeneration.OperationNameGenerators.SingleClientFromPathSegmentsOperationNameGenerator(),
                UseBaseUrl = false,
                GenerateClientInterfaces = false,
            };
            settings.CSharpGeneratorSettings.Namespace = "Generated";
            settings.CSharpGeneratorSettings.JsonLibrary = NJsonSchema.CodeGeneration.CSharp.CSharpJsonLibrary.SystemTextJson;
            var code = new CSharpClientGenerator(document, settings).GenerateFile();
            var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
                .Select(p => MetadataReference.CreateFromFile(p));
            var compilation = CSharpCompilation.Create(
                "Generated.PrbEventsClient",
                [CSharpSyntaxTree.ParseText(code)],
                references,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
            using var image = new MemoryStream();
            var emitted = compilation.Emit(image);
            Assert.True(emitted.Success, string.Join('\n', emitted.Diagnostics.Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error)) + "\n" + code);
            image.Position = 0;
            s_client = new AssemblyLoadContext("generated-client", isCollectible: false).LoadFromStream(image);
            return s_client;
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>Calls the generated method with some arguments by name, the others left at null.</summary>
    private static async Task<object> CallAsync(MethodInfo method, object instance, Dictionary<string, object> arguments)
    {
        var values = method.GetParameters().Select(p => arguments.TryGetValue(p.Name!, out var v) ? ToArgument(v, p.ParameterType) : null).ToArray();
        var task = (Task)method.Invoke(instance, values)!;
        await task;
        return task.GetType().GetProperty("Result")!.GetValue(task)!;
    }

    private static object ToArgument(object value, Type type)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        return target.IsEnum ? Enum.Parse(target, (string)value) : value;
    }

    private static List<string> Slugs(object page) =>
        ((IEnumerable)page.GetType().GetProperty("Items")!.GetValue(page)!).Cast<object>()
            .Select(i => (string)i.GetType().GetProperty("Slug")!.GetValue(i)!).ToList();

    private static int Total(object page) => (int)page.GetType().GetProperty("Total")!.GetValue(page)!;
}
