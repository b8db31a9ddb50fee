using System.Globalization;
using Prb.Events.Ical.Internal;

namespace Prb.Events.Ical;

/// <summary>
/// The one exception <see cref="IcalendarImporter"/> throws for input it cannot import at all: input that is not
/// iCalendar (it does not start with <c>BEGIN:VCALENDAR</c>), is not UTF-8, or is larger than
/// <see cref="IcalendarImportOptions.MaxInputBytes"/>. Problems inside an iCalendar input are never thrown: they are
/// diagnostics of the <see cref="IcalendarImportResult"/>.
/// </summary>
public sealed class IcalendarFormatException : Exception
{
    /// <summary>Initializes an exception with a generic message.</summary>
    public IcalendarFormatException()
        : base("The input is not an iCalendar file.")
    {
    }

    /// <summary>Initializes an exception with a message.</summary>
    /// <param name="message">What is wrong.</param>
    public IcalendarFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes an exception with a message and the underlying exception.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The underlying exception.</param>
    public IcalendarFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes an exception for a line of the input.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="line">The 1-based line, or null when the problem is not on one line.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="line"/> is less than 1.</exception>
    public IcalendarFormatException(string message, int? line)
        : base(line is { } l ? string.Create(CultureInfo.InvariantCulture, $"line {l}: {message}") : message)
    {
        Guard.Range(line is null or >= 1, nameof(line), line, "Lines are numbered from 1.");
        Line = line;
    }

    /// <summary>Gets the 1-based line of the input at fault, or null.</summary>
    public int? Line { get; }
}
