using Prb.Events.Cli;

return await CliApplication.RunAsync(args, new CliConsole(Console.Out, Console.Error, Console.OpenStandardOutput)).ConfigureAwait(false);
