
namespace Prb.Events.Tests.Validation;

public sealed class ValidationResultTests
{
    private static readonly Diagnostic Info = new("PRB9001", DiagnosticSeverity.Info, "a", "i");
    private static readonly Diagnostic Warning = new("PRB9002", DiagnosticSeverity.Warning, "b", "w");
    private static readonly Diagnostic Error = new("PRB9003", DiagnosticSeverity.Error, "c", "e");

    [Fact]
    public void Construction_Null_ThrowsArgumentNullForDiagnostics()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => new ValidationResult(null!));

        Assert.Equal("diagnostics", ex.ParamName);
    }

    [Fact]
    public void Construction_CopiesTheDiagnostics()
    {
        var list = new List<Diagnostic> { Info };
        var result = new ValidationResult(list);

        list.Add(Error);

        Assert.Equal([Info], result.Diagnostics);
    }

    [Fact]
    public void IsValid_OnlyWithoutErrors()
    {
        Assert.True(new ValidationResult([]).IsValid);
        Assert.True(new ValidationResult([Info, Warning]).IsValid);
        Assert.False(new ValidationResult([Info, Error, Warning]).IsValid);
    }

    [Fact]
    public void ErrorsAndWarnings_FilterBySeverity()
    {
        var result = new ValidationResult([Error, Info, Warning, Error]);

        Assert.Equal([Error, Error], result.Errors);
        Assert.Equal([Warning], result.Warnings);
        Assert.Equal([Error, Info, Warning, Error], result.Diagnostics);
    }
}
