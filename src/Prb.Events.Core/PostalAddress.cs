using Prb.Events.Internal;

namespace Prb.Events;

/// <summary>A postal address.</summary>
public sealed class PostalAddress
{
    /// <summary>Initializes an address.</summary>
    /// <param name="street">The street and number, such as "Rynek 58".</param>
    /// <param name="postalCode">The postal code, such as "50-116".</param>
    /// <param name="locality">The town or city, such as "Wrocław".</param>
    /// <param name="region">The region, such as "dolnośląskie"; optional.</param>
    /// <param name="countryCode">The ISO 3166-1 alpha-2 country code, such as "PL".</param>
    /// <exception cref="ArgumentNullException">A required value is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="countryCode"/> is not two ASCII letters.</exception>
    public PostalAddress(string street, string postalCode, string locality, string? region = null, string countryCode = "PL")
    {
        Street = Preconditions.CheckText(street, nameof(street));
        PostalCode = Preconditions.CheckText(postalCode, nameof(postalCode));
        Locality = Preconditions.CheckText(locality, nameof(locality));
        Region = Preconditions.CheckOptionalText(region, nameof(region));
        ArgumentNullException.ThrowIfNull(countryCode);
        Preconditions.CheckArgument(countryCode.Length == 2 && char.IsAsciiLetterUpper(countryCode[0]) && char.IsAsciiLetterUpper(countryCode[1]),
            nameof(countryCode), $"'{countryCode}' is not an ISO 3166-1 alpha-2 code such as PL.");
        CountryCode = countryCode;
    }

    /// <summary>Gets the street and number.</summary>
    public string Street { get; }

    /// <summary>Gets the postal code.</summary>
    public string PostalCode { get; }

    /// <summary>Gets the town or city.</summary>
    public string Locality { get; }

    /// <summary>Gets the region, or null.</summary>
    public string? Region { get; }

    /// <summary>Gets the ISO 3166-1 alpha-2 country code.</summary>
    public string CountryCode { get; }

    /// <summary>Formats the address on one line: street, postal code and locality.</summary>
    /// <returns>The address text.</returns>
    public override string ToString() => $"{Street}, {PostalCode} {Locality}";
}
