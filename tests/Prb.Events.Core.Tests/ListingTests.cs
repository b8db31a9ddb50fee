using NodaTime;
using Prb.Events.Tests.Support;

namespace Prb.Events.Tests;

public sealed class ListingTests
{
    [Fact]
    public void Construction_KeepsValues()
    {
        var listing = new Listing(new LocalDate(2011, 10, 20), "DBP Wrocław", featured: true, new OrganizationId("ebib"),
            new Uri("https://www.ebib.pl/konferencje"));

        Assert.Equal(new LocalDate(2011, 10, 20), listing.DateAdded);
        Assert.Equal("DBP Wrocław", listing.SubmittedBy);
        Assert.True(listing.Featured);
        Assert.Equal(new OrganizationId("ebib"), listing.PublisherId);
        Assert.Equal(new Uri("https://www.ebib.pl/konferencje"), listing.Url);
    }

    [Fact]
    public void Construction_RelativeUrl_ThrowsArgumentForUrl()
    {
        var ex = Assert.Throws<ArgumentException>(() => new Listing(new LocalDate(2011, 10, 20), url: new Uri("konferencje", UriKind.Relative)));

        Assert.Equal("url", ex.ParamName);
    }

    public static TheoryData<string, int> InvalidText => Text.InvalidIn("submittedBy");

    [Theory]
    [MemberData(nameof(InvalidText))]
    public void Construction_InvalidText_ThrowsArgumentForIt(string parameter, int sample)
    {
        Text.AssertRejected(parameter, () => new Listing(new LocalDate(2011, 10, 20), Text.Invalid[sample]));
    }
}
