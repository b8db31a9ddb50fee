using NodaTime;

namespace Prb.Events.Hosting;

/// <summary>When the folder catalogue looks at its folder again: after a change is reported (or before the first
/// look), and otherwise once the refresh interval has passed since the last look. One caller at a time looks.</summary>
internal sealed class FolderCatalogPacing(IClock clock, Duration interval) : IDisposable
{
    private readonly SemaphoreSlim _lock = new(1, 1);
    private volatile bool _dirty = true;
    private Instant _lastLook;

    /// <summary>Whether what the last look found may still be served: no change reported since, inside the interval.</summary>
    public bool IsFresh => !_dirty && clock.GetCurrentInstant() - _lastLook < interval;

    /// <summary>Makes the next caller look again: a change was reported, or the last look failed.</summary>
    public void MarkDirty() => _dirty = true;

    /// <summary>Starts a look: changes reported from now on make the next caller look again.</summary>
    public void StartLook()
    {
        _dirty = false;
        _lastLook = clock.GetCurrentInstant();
    }

    /// <summary>Waits until this caller may look.</summary>
    public Task WaitAsync(CancellationToken cancellationToken) => _lock.WaitAsync(cancellationToken);

    /// <summary>Takes the turn to look if nobody else has it; false at once if somebody does.</summary>
    public Task<bool> TryEnterAsync(CancellationToken cancellationToken) => _lock.WaitAsync(0, cancellationToken);

    /// <summary>Ends this caller's turn.</summary>
    public void Exit() => _lock.Release();

    /// <inheritdoc />
    public void Dispose() => _lock.Dispose();
}
