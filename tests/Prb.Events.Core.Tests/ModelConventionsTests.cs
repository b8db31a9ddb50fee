using System.Reflection;
using System.Runtime.CompilerServices;

namespace Prb.Events.Tests;

/// <summary>The conventions every public type of Prb.Events.Core keeps.</summary>
public class ModelConventionsTests
{
    private static readonly Type[] PublicTypes = typeof(Event).Assembly.GetExportedTypes();

    [Fact]
    public void PublicClasses_AreSealedOrStatic()
    {
        var open = PublicTypes.Where(t => t.IsClass && !t.IsSealed && !(t.IsAbstract && t.IsSealed)).Select(t => t.FullName).ToList();

        Assert.Empty(open);
    }

    [Fact]
    public void PublicStructs_AreReadOnly()
    {
        var mutable = PublicTypes.Where(t => t.IsValueType && !t.IsEnum && t.GetCustomAttribute<IsReadOnlyAttribute>() is null)
            .Select(t => t.FullName).ToList();

        Assert.Empty(mutable);
    }

    [Fact]
    public void OnlyBuildersAreMutable()
    {
        var setters = PublicTypes.Where(t => !t.Name.EndsWith("Builder", StringComparison.Ordinal) && !typeof(Exception).IsAssignableFrom(t))
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.SetMethod is { IsPublic: true })
                .Select(p => $"{t.Name}.{p.Name}"))
            .ToList();

        Assert.Empty(setters);
    }

    [Fact]
    public void ModelCollections_AreNotMutableThroughTheirInterface()
    {
        var e = Prb.Events.EventDocumentSerializer.Read(TestSupport.RepositoryFiles.ReadText("samples", "events", "prb-2011-11-09-wroclaw.json"));

        Assert.True(((ICollection<Prb.Events.AgendaItem>)e.Agenda).IsReadOnly);
        var list = (IList<Prb.Events.AgendaItem>)e.Agenda;
        Assert.Throws<NotSupportedException>(() => { list[0] = e.Agenda[1]; });
    }
}
