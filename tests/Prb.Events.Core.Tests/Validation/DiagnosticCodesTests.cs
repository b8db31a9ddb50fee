using System.Reflection;
using System.Text.RegularExpressions;
using Prb.Events.Tests.Support;

namespace Prb.Events.Tests.Validation;

public sealed partial class DiagnosticCodesTests
{
    private static List<(string Name, string Code)> AllCodes() =>
        typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (f.Name, (string)f.GetRawConstantValue()!))
            .ToList();

    [Fact]
    public void Codes_AreDistinctAndWellFormed()
    {
        var codes = AllCodes();

        Assert.Equal(29, codes.Count);
        Assert.Equal(codes.Count, codes.Select(c => c.Code).Distinct(StringComparer.Ordinal).Count());
        Assert.All(codes, c => Assert.Matches(CodePattern(), c.Code));
    }

    [Fact]
    public void Codes_EachIsProducedAndAssertedBySomeTest()
    {
        var covered = typeof(DiagnosticCodesTests).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(m => m.GetCustomAttributes<FactAttribute>().Any())
            .SelectMany(m => m.GetCustomAttributes<CoversDiagnosticAttribute>())
            .Select(a => a.Code)
            .ToHashSet(StringComparer.Ordinal);

        var missing = AllCodes().Where(c => !covered.Contains(c.Code)).Select(c => $"{c.Name} ({c.Code})").ToList();

        Assert.True(missing.Count == 0, "No test covers: " + string.Join(", ", missing));
    }

    [GeneratedRegex("^PRB[0-9]{4}$")]
    private static partial Regex CodePattern();
}
