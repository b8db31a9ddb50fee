using System.Collections;
using System.Reflection;

namespace Prb.Events.Tests.TestSupport;

/// <summary>Compares two object graphs of the model property by property, so a value lost on the way shows up by its path.</summary>
public static class DeepEquality
{
    public static void AssertEqual(object? expected, object? actual, string path = "$")
    {
        if (expected is null || actual is null)
        {
            Assert.True(expected is null && actual is null, $"{path}: expected {Show(expected)}, got {Show(actual)}");
            return;
        }

        var type = expected.GetType();
        Assert.True(type == actual.GetType(), $"{path}: expected type {type}, got {actual.GetType()}");
        if (expected is string || type.IsPrimitive || type.IsEnum || expected is decimal || expected is Uri || !IsModelType(type))
        {
            if (expected is IEnumerable left && expected is not string && actual is IEnumerable right)
            {
                var a = left.Cast<object?>().ToList();
                var b = right.Cast<object?>().ToList();
                Assert.True(a.Count == b.Count, $"{path}: expected {a.Count} elements, got {b.Count}");
                for (var i = 0; i < a.Count; i++)
                {
                    AssertEqual(a[i], b[i], $"{path}[{i}]");
                }

                return;
            }

            if (expected is Uri u)
            {
                Assert.True(u.OriginalString == ((Uri)actual).OriginalString, $"{path}: expected {u.OriginalString}, got {actual}");
                return;
            }

            Assert.True(expected.Equals(actual), $"{path}: expected {Show(expected)}, got {Show(actual)}");
            return;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0)
            {
                continue;
            }

            AssertEqual(property.GetValue(expected), property.GetValue(actual), $"{path}.{property.Name}");
        }
    }

    // An array of a model type (an empty list of the model is one) has the model's namespace but is a list, not a model type.
    private static bool IsModelType(Type type) =>
        type.Namespace is { } ns && ns.StartsWith("Prb.Events", StringComparison.Ordinal) && !type.IsValueType && !type.IsArray;

    private static string Show(object? value) => value is null ? "null" : $"'{value}'";
}
