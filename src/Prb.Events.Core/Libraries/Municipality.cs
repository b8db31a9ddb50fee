using Prb.Events.Internal;

namespace Prb.Events;

/// <summary>A municipality ("gmina") that a library or partnership serves.</summary>
public sealed class Municipality
{
    /// <summary>Initializes a municipality.</summary>
    /// <param name="name">Its name, such as "Twardogóra".</param>
    /// <param name="type">Its type.</param>
    /// <param name="voivodeship">The voivodeship it lies in.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An enum value is undefined.</exception>
    public Municipality(string name, MunicipalityType type, Voivodeship voivodeship)
    {
        Preconditions.CheckDefined(type, nameof(type));
        Preconditions.CheckDefined(voivodeship, nameof(voivodeship));
        Name = Preconditions.CheckText(name, nameof(name));
        Type = type;
        Voivodeship = voivodeship;
    }

    /// <summary>Gets the name.</summary>
    public string Name { get; }

    /// <summary>Gets the type.</summary>
    public MunicipalityType Type { get; }

    /// <summary>Gets the voivodeship.</summary>
    public Voivodeship Voivodeship { get; }

    /// <summary>Returns the name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;
}
