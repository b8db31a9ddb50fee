namespace Prb.Events;

/// <summary>Whom an event is meant for. An event may name several audiences.</summary>
public enum Audience
{
    /// <summary>Children.</summary>
    Children,

    /// <summary>Teenagers.</summary>
    Teenagers,

    /// <summary>Adults.</summary>
    Adults,

    /// <summary>Seniors.</summary>
    Seniors,

    /// <summary>Librarians and other professionals: training, conferences and meetings of the trade.</summary>
    LibrariansAndProfessionals,

    /// <summary>Everyone: open to all.</summary>
    Everyone,
}
