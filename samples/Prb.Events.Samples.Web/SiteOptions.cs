namespace Prb.Events.Samples.Web;

/// <summary>The sample site's own settings (section <c>Site</c> of the configuration).</summary>
public sealed class SiteOptions
{
    /// <summary>Gets or sets the address the site is published at, such as <c>https://wydarzenia.example.org/</c>: the
    /// start of every absolute link on the pages (the webcal subscription, the JSON-LD <c>url</c>). Links are never
    /// built from a request's Host header.</summary>
    public Uri PublicBaseUrl { get; set; } = new("http://127.0.0.1:5080/");
}
