namespace Prb.Events;

/// <summary>Why a person is the one to contact about an event.</summary>
public enum ContactRole
{
    /// <summary>General information.</summary>
    General,

    /// <summary>The regional coordinator of a programme ("koordynator regionalny").</summary>
    RegionalCoordinator,

    /// <summary>The organiser's contact.</summary>
    Organizer,

    /// <summary>Registration and attendance.</summary>
    Registration,

    /// <summary>Press and media.</summary>
    Press,
}
