using NodaTime;
using Prb.Events.Internal;

namespace Prb.Events;

/// <summary>One price of attendance, valid for registrations until a date.</summary>
public sealed class FeeTier
{
    /// <summary>Initializes a fee tier.</summary>
    /// <param name="name">The tier's name, such as "early registration".</param>
    /// <param name="amount">The price; zero for free attendance.</param>
    /// <param name="currency">The ISO 4217 currency code, such as "PLN".</param>
    /// <param name="until">The last date of registration at this price, inclusive; null for no limit.</param>
    /// <exception cref="ArgumentNullException">A required value is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="currency"/> is not three upper-case ASCII letters.</exception>
    public FeeTier(string name, decimal amount, string currency, LocalDate? until = null)
    {
        Name = Preconditions.CheckText(name, nameof(name));
        Preconditions.CheckArgumentRange(amount >= 0, nameof(amount), amount, "A fee must not be negative.");
        ArgumentNullException.ThrowIfNull(currency);
        Preconditions.CheckArgument(currency.Length == 3 && currency.All(char.IsAsciiLetterUpper), nameof(currency),
            $"'{currency}' is not an ISO 4217 code such as PLN.");
        Amount = amount;
        Currency = currency;
        Until = until is { } date ? EventLimits.CheckDate(date, nameof(until)) : null;
    }

    /// <summary>Gets the tier's name.</summary>
    public string Name { get; }

    /// <summary>Gets the price.</summary>
    public decimal Amount { get; }

    /// <summary>Gets the ISO 4217 currency code.</summary>
    public string Currency { get; }

    /// <summary>Gets the last date of registration at this price, or null.</summary>
    public LocalDate? Until { get; }
}
