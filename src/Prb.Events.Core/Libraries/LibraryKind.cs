namespace Prb.Events;

/// <summary>The place of a public library in the Polish network of libraries.</summary>
public enum LibraryKind
{
    /// <summary>A voivodeship public library ("wojewódzka biblioteka publiczna").</summary>
    Voivodeship,

    /// <summary>A county public library ("powiatowa").</summary>
    County,

    /// <summary>A municipal library of a town ("miejska").</summary>
    Municipal,

    /// <summary>A library of a town and its rural municipality ("miejsko-gminna").</summary>
    MunicipalRural,

    /// <summary>A library of a rural municipality ("gminna").</summary>
    Rural,

    /// <summary>A branch ("filia") of another library, named by <see cref="Library.ParentId"/>.</summary>
    Branch,
}
