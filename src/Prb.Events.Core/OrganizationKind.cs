namespace Prb.Events;

/// <summary>What kind of body an organisation is.</summary>
public enum OrganizationKind
{
    /// <summary>A foundation, such as FRSI.</summary>
    Foundation,

    /// <summary>An association, such as SBP.</summary>
    Association,

    /// <summary>A university or other school of higher education.</summary>
    University,

    /// <summary>A local or regional government body.</summary>
    LocalGovernment,

    /// <summary>A school.</summary>
    School,

    /// <summary>A business.</summary>
    Business,

    /// <summary>A cultural institution other than a library.</summary>
    CulturalInstitution,

    /// <summary>A newspaper, radio, television or online medium.</summary>
    Media,

    /// <summary>Any other kind.</summary>
    Other,
}
