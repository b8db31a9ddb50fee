namespace Prb.Events;

/// <summary>The sector a local partner comes from.</summary>
public enum PartnerSector
{
    /// <summary>Local government: the municipality's office or council.</summary>
    LocalGovernment,

    /// <summary>A non-governmental organisation.</summary>
    Ngo,

    /// <summary>A school or kindergarten.</summary>
    School,

    /// <summary>A business.</summary>
    Business,

    /// <summary>A cultural institution.</summary>
    Culture,

    /// <summary>Local media.</summary>
    Media,

    /// <summary>A private person.</summary>
    Individual,

    /// <summary>Any other sector.</summary>
    Other,
}
