namespace Prb.Events.Hosting;

/// <summary>Why a query string is not a query: the parameter at fault and what is wrong with it.</summary>
/// <param name="Parameter">The query parameter, such as <c>from</c>.</param>
/// <param name="Detail">What is wrong and what would be right, in one sentence.</param>
public sealed record EventQueryProblem(string Parameter, string Detail);
