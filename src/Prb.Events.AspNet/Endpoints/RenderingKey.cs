namespace Prb.Events.AspNet.Endpoints;

/// <summary>What was rendered of a catalogue entry or snapshot: the kind of rendering, the format's name and, for an
/// agenda item, its id. A value, so that looking a rendering up allocates nothing.</summary>
internal readonly record struct RenderingKey(RenderingKind Kind, string Format, AgendaItemId? Item = null);

/// <summary>The kinds of rendering kept for an entry or a snapshot.</summary>
internal enum RenderingKind
{
    /// <summary>An event as the body of <c>GET {prefix}/{slug}</c>.</summary>
    Body,

    /// <summary>An event as a download, with its file name.</summary>
    File,

    /// <summary>One agenda item.</summary>
    Item,

    /// <summary>The feed of a snapshot.</summary>
    Feed,
}
