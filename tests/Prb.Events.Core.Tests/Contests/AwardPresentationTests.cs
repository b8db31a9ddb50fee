
namespace Prb.Events.Tests.Contests;

public sealed class AwardPresentationTests
{
    [Fact]
    public void Construction_KeepsValues()
    {
        var presenters = new List<PersonId> { new("andrzej-ociepa"), new("beata-jasiak") };

        var presentation = new AwardPresentation(new AgendaItemId("awards"), presenters);
        presenters.Clear();

        Assert.Equal(new AgendaItemId("awards"), presentation.AgendaItemId);
        Assert.Equal([new PersonId("andrzej-ociepa"), new PersonId("beata-jasiak")], presentation.PresenterIds);
    }

    [Fact]
    public void Construction_NoPresenters_IsEmpty() => Assert.Empty(new AwardPresentation(new AgendaItemId("awards")).PresenterIds);
}
