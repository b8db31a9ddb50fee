namespace Prb.Events.Samples.Web.Site;

/// <summary>Runs a page's result as for GET, but for HEAD sends no body: the same status and headers, nothing after them.</summary>
internal sealed class HeadAwareResult(IResult page) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        if (!HttpMethods.IsHead(httpContext.Request.Method))
        {
            await page.ExecuteAsync(httpContext);
            return;
        }

        var body = httpContext.Response.Body;
        httpContext.Response.Body = Stream.Null;
        try
        {
            await page.ExecuteAsync(httpContext);
        }
        finally
        {
            httpContext.Response.Body = body;
        }
    }
}
