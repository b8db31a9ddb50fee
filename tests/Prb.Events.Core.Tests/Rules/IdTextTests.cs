using CsCheck;

namespace Prb.Events.Tests.Rules;

public sealed class IdTextTests
{
    [Fact]
    public void IsValidCharacter_ExactlyTheRfc3986UnreservedAsciiCharacters()
    {
        const string unreserved = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";
        for (var c = '\0'; c < '\u0180'; c++)
        {
            Assert.Equal(unreserved.Contains(c, StringComparison.Ordinal), IdText.IsValidCharacter(c));
        }
    }

    [Fact]
    public void IsValid_Length_From1To128()
    {
        Assert.Equal(128, IdText.MaxLength);
        Assert.False(IdText.IsValid(""));
        Assert.True(IdText.IsValid("a"));
        Assert.True(IdText.IsValid(new string('a', 128)));
        Assert.False(IdText.IsValid(new string('a', 129)));
    }

    [Fact]
    public void IsValid_AgreesWithEveryTypedId()
    {
        Gen.Char["aZ09-._~ ąé/%@+:\0"].Array[0, 140].Select(c => new string(c)).Sample(text =>
        {
            var valid = IdText.IsValid(text);
            Assert.Equal(valid, EventId.TryParse(text, out _));
            Assert.Equal(valid, AgendaItemId.TryParse(text, out _));
            Assert.Equal(valid, PersonId.TryParse(text, out _));
            Assert.Equal(valid, OrganizationId.TryParse(text, out _));
            Assert.Equal(valid, ProgrammeId.TryParse(text, out _));
            Assert.Equal(valid, PartnershipId.TryParse(text, out _));
            Assert.Equal(valid, ContestId.TryParse(text, out _));
            Assert.Equal(valid, ContestEntryId.TryParse(text, out _));
            Assert.Equal(valid, text.Length is >= 1 and <= IdText.MaxLength && text.All(IdText.IsValidCharacter));
        });
    }

    [Fact]
    public void Check_Invalid_NamesTheParameterAndTheRule()
    {
        var ex = Assert.Throws<ArgumentException>(() => IdText.Check("zła wartość", "id"));

        Assert.Equal("id", ex.ParamName);
        Assert.Contains(IdText.Characters, ex.Message, StringComparison.Ordinal);
        Assert.StartsWith($"1 to {IdText.MaxLength} characters", IdText.Characters, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_Null_ThrowsArgumentNull()
    {
        Assert.Throws<ArgumentNullException>(() => IdText.Check(null, "id"));
    }
}
