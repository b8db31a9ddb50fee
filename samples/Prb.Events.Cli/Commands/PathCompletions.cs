using System.CommandLine.Completions;

namespace Prb.Events.Cli.Commands;

/// <summary>Completions of a file argument for the [suggest] directive: the folders and the files with the
/// command's extension that start with the word being completed.</summary>
internal static class PathCompletions
{
    /// <summary>The most completions offered for one word.</summary>
    public const int MaxItems = 200;

    /// <summary>Completes <paramref name="context"/>'s word with folders and files ending in <paramref name="extension"/>.</summary>
    public static IEnumerable<CompletionItem> Files(CompletionContext context, string extension)
    {
        ArgumentNullException.ThrowIfNull(context);
        var word = context.WordToComplete;
        var separator = word.LastIndexOfAny(['/', Path.DirectorySeparatorChar]);
        var folder = separator < 0 ? "." : word[..(separator + 1)];
        var prefix = separator < 0 ? word : word[(separator + 1)..];
        try
        {
            return new DirectoryInfo(folder).EnumerateFileSystemInfos("*", new EnumerationOptions { IgnoreInaccessible = true })
                .Where(entry => entry.Name.StartsWith(prefix, StringComparison.Ordinal)
                    && (entry is DirectoryInfo || entry.Name.EndsWith(extension, StringComparison.OrdinalIgnoreCase)))
                .Select(entry => (separator < 0 ? string.Empty : folder) + entry.Name + (entry is DirectoryInfo ? "/" : string.Empty))
                .Order(StringComparer.Ordinal)
                .Take(MaxItems)
                .Select(text => new CompletionItem(text))
                .ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or System.Security.SecurityException)
        {
            return [];
        }
    }
}
