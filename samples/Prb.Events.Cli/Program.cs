using Prb.Events.Cli;

return await CliApplication.RunAsync(args, Console.Out, Console.Error).ConfigureAwait(false);
