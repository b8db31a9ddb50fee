using Prb.Events.Validation.Rules;

namespace Prb.Events.Tests.Validation.Rules;

public sealed class RegistrationRuleTests
{
    [Fact]
    public void Check_UnsoundEvent_WarnsOnlyOfTheLateDeadline()
    {
        var d = Assert.Single(Run.Rule(new RegistrationRule(), Run.Unsound()));

        Assert.Equal((DiagnosticCodes.RegistrationAfterStart, DiagnosticSeverity.Warning, "registration.deadline"), (d.Code, d.Severity, d.Path));
    }
}
