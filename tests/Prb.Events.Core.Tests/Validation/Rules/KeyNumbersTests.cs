using Prb.Events.Validation.Rules;

namespace Prb.Events.Tests.Validation.Rules;

public sealed class KeyNumbersTests
{
    [Fact]
    public void Number_CountsDistinctKeysInTheOrderTheyAreFirstSeen()
    {
        var numbers = new KeyNumbers(StringComparer.Ordinal);

        Assert.Equal([0, 1, 0, 2, 1], new[] { "jan", "anna", "jan", "Anna", "anna" }.Select(numbers.Number));
    }

    [Fact]
    public void Number_IgnoringCase_GivesKeysThatDifferInCaseOneNumber()
    {
        var numbers = new KeyNumbers(StringComparer.OrdinalIgnoreCase);

        Assert.Equal([0, 0, 1, 0, 1], new[] { "Sala A", "sala a", "Hol", "SALA A", "hol" }.Select(numbers.Number));
    }

    [Fact]
    public void Ranks_OrderTheKeysAsTheComparerDoes()
    {
        var numbers = new KeyNumbers(StringComparer.Ordinal);
        foreach (var key in new[] { "ewa", "anna", "Zofia", "jan" })
        {
            numbers.Number(key);
        }

        // Ordinal order: "Zofia" < "anna" < "ewa" < "jan"; the ranks are listed by number (ewa, anna, Zofia, jan).
        Assert.Equal([2, 1, 0, 3], numbers.Ranks());
    }
}
