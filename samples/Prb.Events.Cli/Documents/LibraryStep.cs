namespace Prb.Events.Cli.Documents;

/// <summary>Runs a step of the library (validation, scheduling, rendering, writing) on an event read from a file, and
/// turns the failures the library is known to have on events it cannot work with into a one-line failure.</summary>
/// <remarks>The known ones: NodaTime's <see cref="OverflowException"/> and <see cref="ArgumentOutOfRangeException"/>
/// for a time whose instant or next day lies beyond the dates it can compute (a day on 9999-12-31 in a zone west of
/// UTC, or in year -9998 east of it), and the <see cref="ArgumentException"/> the library throws for a value it
/// refuses.</remarks>
internal static class LibraryStep
{
    /// <summary>Runs <paramref name="step"/>; its known failures end the run with exit 2 and a message naming <paramref name="path"/>.</summary>
    /// <param name="path">The file the event was read from.</param>
    /// <param name="doing">What the step does, as in "cannot {doing}".</param>
    /// <param name="step">The step.</param>
    /// <exception cref="CliFailure">The library failed in a known way.</exception>
    public static T Run<T>(string path, string doing, Func<T> step)
    {
        ArgumentNullException.ThrowIfNull(step);
        try
        {
            return step();
        }
        catch (Exception e) when (IsOutOfRange(e))
        {
            throw OutOfRange(path, doing, e);
        }
        catch (ArgumentException e)
        {
            throw CliFailure.Unreadable($"{path}: cannot {doing}: {e.Message}", e);
        }
    }

    /// <summary>Whether <paramref name="e"/> is the library's failure on a time beyond the dates it can compute.</summary>
    public static bool IsOutOfRange(Exception e) => e is OverflowException or ArgumentOutOfRangeException;

    /// <summary>The failure for a time beyond the dates the library can compute.</summary>
    public static CliFailure OutOfRange(string path, string doing, Exception e) =>
        CliFailure.Unreadable($"{path}: cannot {doing}: a time of the event lies beyond the dates that can be computed ({e.Message})", e);
}
