namespace Prb.Events.Cli;

/// <summary>The arguments of one command: positional values and options that take a value.</summary>
internal sealed class CommandLine
{
    private readonly Dictionary<string, string> _options;

    private CommandLine(IReadOnlyList<string> positional, Dictionary<string, string> options, HashSet<string> flags)
    {
        Positional = positional;
        _options = options;
        Flags = flags;
    }

    public IReadOnlyList<string> Positional { get; }

    public IReadOnlySet<string> Flags { get; }

    /// <summary>Parses arguments; <paramref name="valueOptions"/> take the next argument as their value, other
    /// arguments starting with "-" are flags named in <paramref name="flagOptions"/>.</summary>
    public static CommandLine Parse(string[] args, string[] valueOptions, string[]? flagOptions = null)
    {
        var positional = new List<string>();
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        var flags = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (valueOptions.Contains(arg))
            {
                if (i + 1 >= args.Length)
                {
                    throw new CommandLineException($"option {arg} needs a value.");
                }

                if (!options.TryAdd(arg, args[++i]))
                {
                    throw new CommandLineException($"option {arg} is given twice.");
                }
            }
            else if (flagOptions is not null && flagOptions.Contains(arg))
            {
                flags.Add(arg);
            }
            else if (arg.StartsWith('-') && arg.Length > 1)
            {
                throw new CommandLineException($"unknown option '{arg}'.");
            }
            else
            {
                positional.Add(arg);
            }
        }

        return new CommandLine(positional, options, flags);
    }

    public string? Option(string name) => _options.GetValueOrDefault(name);

    public string SingleFile()
    {
        if (Positional.Count != 1)
        {
            throw new CommandLineException(Positional.Count == 0 ? "a FILE is needed." : "only one FILE may be given.");
        }

        return Positional[0];
    }
}
