namespace Prb.Events.Tests.Support;

/// <summary>Marks a test that makes the code under test produce a diagnostic code and asserts it, with its path.</summary>
/// <remarks><c>DiagnosticCodesTests</c> checks that every code in <see cref="DiagnosticCodes"/> is covered.</remarks>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
internal sealed class CoversDiagnosticAttribute(string code) : Attribute
{
    public string Code { get; } = code;
}
