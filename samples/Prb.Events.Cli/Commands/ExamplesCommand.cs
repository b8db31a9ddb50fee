using System.CommandLine;
using NodaTime;
using NodaTime.Text;
using Prb.Events.Cli.Examples;

namespace Prb.Events.Cli.Commands;

/// <summary><c>examples --count N --output FOLDER</c>: writes N plausible example events, marked as examples, one
/// document each; the same <c>--seed</c> and <c>--from</c> give the same documents.</summary>
internal static class ExamplesCommand
{
    /// <summary>Makes the command, writing to <paramref name="console"/>.</summary>
    public static Command Create(CliConsole console)
    {
        var count = new Option<int>("--count", "-n")
        {
            Description = $"How many events to make, from 1 to {ExampleEventGenerator.MaxCount}.",
            Required = true,
        };
        count.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > ExampleEventGenerator.MaxCount)
            {
                result.AddError($"--count must be from 1 to {ExampleEventGenerator.MaxCount}.");
            }
        });
        var seed = new Option<int>("--seed") { Description = "The seed: the same seed gives the same events. 1 by default.", DefaultValueFactory = _ => 1 };
        var from = new Option<string>("--from")
        {
            Description = "The first date events may fall on (yyyy-MM-dd); they spread over the year after it. 2026-09-01 by default.",
            DefaultValueFactory = _ => "2026-09-01",
        };
        from.Validators.Add(result =>
        {
            if (!LocalDatePattern.Iso.Parse(result.GetValueOrDefault<string>() ?? string.Empty).Success)
            {
                result.AddError("--from must be a date such as 2026-09-01.");
            }
        });
        var output = CliSymbols.Output("The folder to write the documents into (it must exist; files already there are never replaced).");
        output.Required = true;
        var command = new Command("examples", "Make plausible example events of public libraries, marked as examples (id example-…, tag 'example'), "
            + "for demos and load tests: one event document per file.")
        {
            count, seed, from, output,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            parse.GetValue(count), parse.GetValue(seed), LocalDatePattern.Iso.Parse(parse.GetValue(from)!).Value, parse.GetRequiredValue(output), console, cancellationToken));
        return command;
    }

    /// <summary>Writes the example events into <paramref name="folder"/>.</summary>
    public static async Task<int> RunAsync(int count, int seed, LocalDate from, string folder, CliConsole console, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(folder))
        {
            throw CliFailure.Unreadable($"{folder}: not a folder.");
        }

        var events = ExampleEventGenerator.Generate(count, seed, from);
        var documents = events.Select(e => (e, EventDocumentSerializer.WriteUtf8(e))).ToList();
        await ImportFolder.WriteAsync(folder, documents, console, cancellationToken).ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
