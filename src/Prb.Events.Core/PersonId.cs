namespace Prb.Events;

/// <summary>The stable, URL-safe identifier of a person within an event document.</summary>
/// <remarks>Ids are 1–128 characters from A–Z, a–z, 0–9, '-', '_', '.' and '~' (<see cref="IdText"/>), compared ordinally.</remarks>
public readonly record struct PersonId
{
    private readonly string? _value;

    /// <summary>Initializes a new id from its text.</summary>
    /// <param name="value">The id text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not a valid id.</exception>
    public PersonId(string value) => _value = IdText.Check(value, nameof(value));

    /// <summary>Gets the id text; empty for the default value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Returns true and the id when <paramref name="value"/> is a valid id.</summary>
    /// <param name="value">The candidate text.</param>
    /// <param name="id">The id, when valid.</param>
    /// <returns>Whether <paramref name="value"/> is a valid id.</returns>
    public static bool TryParse(string? value, out PersonId id)
    {
        id = value is not null && IdText.IsValid(value) ? new PersonId(value) : default;
        return value is not null && id._value is not null;
    }

    /// <summary>Returns the id text.</summary>
    /// <returns>The id text.</returns>
    public override string ToString() => Value;
}
