using Microsoft.AspNetCore.Localization;

namespace Prb.Events.Samples.Web.Site;

/// <summary>Takes the culture from the address, never from Accept-Language: a link to <c>/en</c> shows English to
/// everyone, and a page's bytes depend on its address alone.</summary>
internal sealed class PathCultureProvider : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        var culture = SiteLanguage.Of(httpContext.Request.Path).Culture.Name;
        return Task.FromResult<ProviderCultureResult?>(new ProviderCultureResult(culture, culture));
    }
}
