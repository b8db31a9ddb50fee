namespace Prb.Events;

/// <summary>The type of a Polish municipality ("gmina").</summary>
public enum MunicipalityType
{
    /// <summary>An urban municipality ("gmina miejska").</summary>
    Urban,

    /// <summary>An urban-rural municipality ("gmina miejsko-wiejska").</summary>
    UrbanRural,

    /// <summary>A rural municipality ("gmina wiejska").</summary>
    Rural,
}
