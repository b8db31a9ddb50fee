using System.CommandLine;

namespace Prb.Events.Cli.Commands;

/// <summary>The arguments and options several commands share, described the same way in each command's help.</summary>
internal static class CliSymbols
{
    /// <summary>The one input file of a command, completed with folders and files ending in <paramref name="extension"/>.</summary>
    public static Argument<string> InputFile(string description, string extension)
    {
        var file = new Argument<string>("FILE")
        {
            Description = description,
            Arity = ArgumentArity.ExactlyOne,

            // Named, or help would list the completions (the files of the current folder) as the placeholder.
            HelpName = "FILE",
        };
        file.CompletionSources.Add(context => PathCompletions.Files(context, extension));
        return file;
    }

    /// <summary>The file (or, for import, folder) a command writes to instead of the standard output.</summary>
    public static Option<string> Output(string description) => new("--output", "-o")
    {
        Description = description,
        HelpName = "OUT",
    };
}
