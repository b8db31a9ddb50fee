namespace Prb.Events.Scale.Benchmarks;

/// <summary>Where the benchmarked site keeps its events.</summary>
public enum StoreKind
{
    /// <summary>The default: one JSON document per event in a folder (the baseline).</summary>
    Folder,

    /// <summary>One PostgreSQL database, as many instances would share it.</summary>
    PostgreSql,
}
