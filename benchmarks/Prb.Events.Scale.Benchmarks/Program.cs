using BenchmarkDotNet.Running;

namespace Prb.Events.Scale.Benchmarks;

/// <summary>Runs the benchmarks chosen on the command line.</summary>
public static class Program
{
    /// <summary>Hands the arguments to BenchmarkDotNet, which lists the benchmarks or runs those that match a filter.</summary>
    /// <param name="args">BenchmarkDotNet's arguments, such as <c>--filter '*Scale*'</c>.</param>
    public static void Main(string[] args) => _ = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
