namespace Prb.Events.Samples.Web;

/// <summary>The words of the pages: <c>Resources/SiteText.pl.resx</c> and <c>Resources/SiteText.en.resx</c>, read
/// through <c>IStringLocalizer&lt;SiteText&gt;</c> in the culture of the request (Polish at <c>/</c>, English at <c>/en</c>).</summary>
public sealed class SiteText
{
    private SiteText()
    {
    }
}
