using Prb.Events.Validation.Rules;

namespace Prb.Events.Tests.Validation.Rules;

public sealed class ContactRuleTests
{
    [Fact]
    public void Check_UnsoundEvent_ReportsOnlyTheContactDetails()
    {
        Assert.Equal([(DiagnosticCodes.InvalidEmail, "contacts[0].email"), (DiagnosticCodes.InvalidPhone, "contacts[0].phone")],
            Run.Found(Run.Rule(new ContactRule(), Run.Unsound())));
    }
}
