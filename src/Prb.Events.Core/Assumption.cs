using Prb.Events.Internal;

namespace Prb.Events;

/// <summary>A value in an event document that is assumed rather than known, with the reason.</summary>
/// <remarks>Sample data marks every assumption, such as a start time that the announcement did not give.</remarks>
public sealed class Assumption
{
    /// <summary>Initializes an assumption.</summary>
    /// <param name="path">The document path of the assumed value, such as <c>days[0].start</c>.</param>
    /// <param name="note">What was assumed and why.</param>
    /// <exception cref="ArgumentNullException">A value is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    public Assumption(string path, string note)
    {
        ArgumentNullException.ThrowIfNull(path);
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(path), nameof(path), "The path of an assumption must not be blank.");
        Path = path;
        Note = Preconditions.CheckText(note, nameof(note));
    }

    /// <summary>Gets the document path of the assumed value.</summary>
    public string Path { get; }

    /// <summary>Gets what was assumed and why.</summary>
    public string Note { get; }
}
