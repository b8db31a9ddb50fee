namespace Prb.Events.Hosting;

/// <summary>An opaque token naming one stored version of an event, for optimistic concurrency: a replacement or a
/// deletion names the version it read, and a store refuses it when the event has changed since.</summary>
/// <remarks>Each store chooses the form of its tokens (a number, a content hash); compare them, never parse them.</remarks>
public readonly record struct EventStoreVersion
{
    private readonly string? _value;

    /// <summary>Initializes a version token.</summary>
    /// <param name="value">The store's text for the version.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is empty.</exception>
    public EventStoreVersion(string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(value);
        _value = value;
    }

    /// <summary>Gets the store's text for the version; empty for the default value.</summary>
    public string Value => _value ?? string.Empty;

    /// <inheritdoc />
    public override string ToString() => Value;
}
