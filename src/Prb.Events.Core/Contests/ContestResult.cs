using Prb.Events.Internal;

namespace Prb.Events;

/// <summary>What an entry won: a place, a distinction, or both.</summary>
public sealed class ContestResult
{
    /// <summary>Initializes a result.</summary>
    /// <param name="place">The place, from 1; optional.</param>
    /// <param name="distinction">A distinction in words, such as "wyróżnienie"; optional.</param>
    /// <param name="prize">The prize, such as "nagroda pieniężna"; optional.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="place"/> is not positive.</exception>
    /// <exception cref="ArgumentException">Neither a place nor a distinction is given.</exception>
    public ContestResult(int? place = null, string? distinction = null, string? prize = null)
    {
        Preconditions.CheckArgumentRange(place is null or > 0, nameof(place), place, "A place must be 1 or more.");
        Preconditions.CheckArgument(place.HasValue || !string.IsNullOrWhiteSpace(distinction), nameof(distinction),
            "A result needs a place or a distinction.");
        Place = place;
        Distinction = Preconditions.CheckOptionalText(distinction, nameof(distinction));
        Prize = Preconditions.CheckOptionalText(prize, nameof(prize));
    }

    /// <summary>Gets the place, or null.</summary>
    public int? Place { get; }

    /// <summary>Gets the distinction, or null.</summary>
    public string? Distinction { get; }

    /// <summary>Gets the prize, or null.</summary>
    public string? Prize { get; }
}
