using System.Collections.Concurrent;
using System.Text;
using Prb.Events.Cli.Text;
using Prb.Events.Cli.Tests.Support;

namespace Prb.Events.Cli.Tests.Properties;

/// <summary>Counts runs by command and exit code, and keeps the runs that broke a rule.</summary>
internal sealed class RunTally
{
    private readonly ConcurrentDictionary<(string Command, int Code), int> _counts = new();
    private readonly ConcurrentQueue<string> _violations = new();

    /// <summary>Gets the number of runs.</summary>
    public int Runs => _counts.Values.Sum();

    /// <summary>Gets the runs that broke a rule, described.</summary>
    public IReadOnlyCollection<string> Violations => _violations;

    /// <summary>Records a run of <paramref name="args"/> and checks it: exit 0, 1 or 2 (130 is never expected here),
    /// no crash, no stack trace, no temporary file left.</summary>
    public void Record(string[] args, CliResult result, Sandbox sandbox)
    {
        var command = args.Length == 0 ? "(none)" : args[0] is "validate" or "agenda" or "export" or "import" ? args[0] : args[0].StartsWith("[suggest", StringComparison.Ordinal) ? "[suggest]" : "(other)";
        _counts.AddOrUpdate((command, result.Code), 1, (_, n) => n + 1);
        var problems = new List<string>();
        if (result.Code is not (0 or 1 or 2))
        {
            problems.Add($"exit {result.Code}");
        }

        if (result.Crashed)
        {
            problems.Add("crashed");
        }

        if (result.Code == 2 && result.ErrorLines.Count == 0)
        {
            problems.Add("exit 2 without a message");
        }

        if (sandbox.LeftoverTemporaryFiles() is { Count: > 0 } left)
        {
            problems.Add($"left {string.Join(", ", left)}");
            foreach (var file in left)
            {
                File.Delete(file);
            }
        }

        if (problems.Count > 0)
        {
            _violations.Enqueue($"[{string.Join(", ", args.Select(a => $"\"{ConsoleText.Escape(a)}\""))}]: {string.Join("; ", problems)}\n{result}");
        }
    }

    /// <inheritdoc />
    public override string ToString()
    {
        var text = new StringBuilder().Append(Runs).Append(" runs");
        foreach (var group in _counts.GroupBy(c => c.Key.Command).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            text.Append("; ").Append(group.Key).Append(": ")
                .AppendJoin(", ", group.OrderBy(c => c.Key.Code).Select(c => $"exit {c.Key.Code} ×{c.Value}"));
        }

        return text.ToString();
    }
}
