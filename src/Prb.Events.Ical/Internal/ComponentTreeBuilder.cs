using System.Buffers;

namespace Prb.Events.Ical.Internal;

/// <summary>Parses content lines and nests them into components by BEGIN and END, reporting lines and components it
/// has to skip or end early instead of giving up on the input.</summary>
/// <remarks>
/// A component that is not ended properly (<c>END:VTOOD</c> for <c>END:VTODO</c>, or no END at all) ends at the next
/// BEGIN of a component that cannot go inside it but goes in a component around it (its sibling), or at the END of a
/// component around it, with a diagnostic; it is kept. A component still open when the input ends is skipped (the
/// input was cut short). See <see cref="ComponentNesting"/>.
/// </remarks>
internal static class ComponentTreeBuilder
{
    /// <summary>The deepest nesting read. RFC 5545 needs three levels (VCALENDAR, VTIMEZONE, STANDARD); a component
    /// below this depth is skipped whole, which keeps the work linear in the input however deep it nests.</summary>
    internal const int MaxDepth = 16;

    /// <summary>The BEGIN line of the components a zones-only build does not read (their lines are never looked at).</summary>
    private static readonly ContentLine Placeholder = new(1, "BEGIN", [], "BEGIN:X-UNREAD", 0, 6, 14, false);

    /// <summary>The control characters a line may not hold: C0 but the tab (line breaks inside a line's range are its
    /// folds), and DEL.</summary>
    private static readonly SearchValues<char> Controls = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\u007F");

    /// <summary>Builds the components of a text; reports what it skips.</summary>
    /// <param name="text">The text.</param>
    /// <param name="diagnostics">Where diagnostics go; null for none (not even their messages are made).</param>
    /// <param name="work">Where the import counts its work; null when nobody counts.</param>
    /// <param name="completed">Called with each component, and the root around it when it is directly inside a root
    /// (else null), when the component ends, properly or early (not when the input ends first); the component is
    /// complete then, and may be read and emptied, so that its lines need not live until the whole input is read.</param>
    /// <param name="zonesOnly">Read only the properties of VCALENDARs, VTIMEZONEs and their observances (the structure
    /// is the same as a full build's): the first pass of an import, which needs every zone before any time.</param>
    internal static List<ComponentNode> Build(string text, List<Diagnostic>? diagnostics, ImportWork? work = null,
        Action<ComponentNode, ComponentNode?>? completed = null, bool zonesOnly = false)
    {
        work ??= new ImportWork();
        var parser = new ContentLineParser();
        var lists = new PropertyListPool();
        var scanner = new ContentLineReader.Scanner(text);
        var roots = new List<ComponentNode>();
        var open = new List<ComponentNode>();
        var skippedDepth = 0;
        while (scanner.Next(out var logical))
        {
            work.Lines++;
            work.TreeSteps++;
            var raw = text.AsSpan(logical.Start, logical.End - logical.Start);
            if (skippedDepth > 0)
            {
                // Inside a component that nests too deep: only its BEGIN and END lines are counted, to find where it ends.
                if (IsBoundary(raw, "BEGIN"))
                {
                    skippedDepth++;
                }
                else if (IsBoundary(raw, "END"))
                {
                    skippedDepth--;
                }

                continue;
            }

            if (zonesOnly && open.Count > 0 && !IsZoneComponent(open[^1].Name) && !IsBoundary(raw, "BEGIN") && !IsBoundary(raw, "END"))
            {
                // The first pass reads no property of a component that is not a zone's.
                continue;
            }

            if (ReadProperties.IsUnread(raw))
            {
                // A quoted-printable value goes on on the next lines after a soft break (=); they are skipped with it.
                var quotedPrintable = raw.Contains("QUOTED-PRINTABLE", StringComparison.OrdinalIgnoreCase);
                while (quotedPrintable && raw.EndsWith("=") && scanner.Next(out var next))
                {
                    work.Lines++;
                    work.TreeSteps++;
                    raw = text.AsSpan(next.Start, next.End - next.Start);
                }

                continue;
            }

            if (!logical.Folded && raw.Length > 4 && raw.StartsWith("END:", StringComparison.OrdinalIgnoreCase) && !HasControl(raw))
            {
                // An END line needs no ContentLine: only the name of the component it ends.
                End(diagnostics, open, parser.Upper(raw[4..].Trim()), logical.LineNumber, work, completed);
                continue;
            }

            string? beginName = null;
            if (zonesOnly && !logical.Folded && raw.Length > 6 && raw.StartsWith("BEGIN:", StringComparison.OrdinalIgnoreCase) && !HasControl(raw)
                && parser.Upper(raw[6..].Trim()) is var fastName && !IsZoneComponent(fastName))
            {
                // The first pass reads nothing of a component that is not a zone's: its BEGIN line is not parsed.
                beginName = fastName;
            }

            string? error = null;
            var line = beginName is null ? parser.Parse(logical.LineNumber, text, logical.Start, logical.End, logical.Folded, out error) : Placeholder;
            if (line is null)
            {
                diagnostics?.Add(Make(IcalendarDiagnosticCodes.MalformedLine, DiagnosticSeverity.Warning, logical.LineNumber, Shorten(raw),
                    $"this is not a content line ({error}); it is skipped."));
                continue;
            }

            if (HasControl(line.RawText))
            {
                diagnostics?.Add(Make(IcalendarDiagnosticCodes.TextReplaced, DiagnosticSeverity.Warning, logical.LineNumber, line.Name,
                    "the line holds control characters, which iCalendar does not allow; they were replaced by U+FFFD."));
                var replaced = ReplaceControls(line.Text);
                line = parser.Parse(logical.LineNumber, replaced, 0, replaced.Length, false, out _)!;
            }

            if (line.Parameter("ENCODING") is { } encoding && encoding.Equals("QUOTED-PRINTABLE", StringComparison.OrdinalIgnoreCase))
            {
                line = JoinSoftBreaks(line, parser, text, ref scanner, work);
            }

            if (line.Name == "BEGIN")
            {
                var name = beginName ?? parser.Upper(line.ValueSpan.Trim());
                if (open.Count > 0)
                {
                    EndMisterminated(diagnostics, open, name, line, work, completed);
                }

                if (open.Count >= MaxDepth)
                {
                    diagnostics?.Add(Make(IcalendarDiagnosticCodes.InvalidComponent, DiagnosticSeverity.Error, logical.LineNumber, Shorten(raw),
                        $"components nest more than {MaxDepth} deep here; this one is skipped with everything in it."));
                    skippedDepth = 1;
                    continue;
                }

                var node = new ComponentNode(name, line, lists);
                if (open.Count > 0)
                {
                    open[^1].Children.Add(node);
                }
                else
                {
                    roots.Add(node);
                }

                open.Add(node);
                continue;
            }

            if (line.Name == "END")
            {
                End(diagnostics, open, parser.Upper(line.ValueSpan.Trim()), logical.LineNumber, work, completed);
                continue;
            }

            if (open.Count == 0)
            {
                diagnostics?.Add(Make(IcalendarDiagnosticCodes.MalformedLine, DiagnosticSeverity.Warning, logical.LineNumber, line.Name,
                    "the property is outside every component; it is skipped."));
                continue;
            }

            open[^1].Add(line);
        }

        for (var i = open.Count - 1; i >= 0; i--)
        {
            work.TreeSteps++;
            if (open[i].Name == "VCALENDAR")
            {
                diagnostics?.Add(Make(IcalendarDiagnosticCodes.UnbalancedComponent, DiagnosticSeverity.Warning, open[i].Begin.LineNumber, "VCALENDAR",
                    "the calendar has no END:VCALENDAR (the input may be cut short); its complete components are imported."));
            }
            else
            {
                var node = open[i];
                diagnostics?.Add(Make(IcalendarDiagnosticCodes.UnbalancedComponent, DiagnosticSeverity.Error, node.Begin.LineNumber, node.Name,
                    $"the {node.Name} has no END:{node.Name} before the input ends (it may be cut short); it is skipped."));
                if (i > 0)
                {
                    // The node is the last child of the one around it.
                    open[i - 1].Children.RemoveAt(open[i - 1].Children.Count - 1);
                }
            }

            open.RemoveAt(i);
        }

        return roots;
    }

    /// <summary>Ends the innermost open component of a name, and those inside it that were not ended (with a warning);
    /// an END that matches no open component is skipped with a warning.</summary>
    private static void End(List<Diagnostic>? diagnostics, List<ComponentNode> open, string name, int lineNumber, ImportWork work, Action<ComponentNode, ComponentNode?>? completed)
    {
        var index = open.Count - 1;
        while (index >= 0 && open[index].Name != name)
        {
            work.TreeSteps++;
            index--;
        }

        if (index < 0)
        {
            diagnostics?.Add(Make(IcalendarDiagnosticCodes.UnbalancedComponent, DiagnosticSeverity.Warning, lineNumber, "END:" + name,
                $"no {name} is open here; the line is skipped."));
            return;
        }

        for (var i = open.Count - 1; i > index; i--)
        {
            work.TreeSteps++;
            diagnostics?.Add(Make(IcalendarDiagnosticCodes.UnbalancedComponent, DiagnosticSeverity.Warning, open[i].Begin.LineNumber, open[i].Name,
                $"the {open[i].Name} has no END:{open[i].Name}; it ends at the END:{name} of line {lineNumber} around it."));
            Close(open, i, completed);
        }

        Close(open, index, completed);
    }

    /// <summary>Takes the last open component off the open ones, complete.</summary>
    private static void Close(List<ComponentNode> open, int index, Action<ComponentNode, ComponentNode?>? completed)
    {
        var node = open[index];
        open.RemoveAt(index);
        // The root around it, when the component is directly inside a root (open[0] is always a root).
        completed?.Invoke(node, index == 1 ? open[0] : null);
    }

    /// <summary>Ends the open components that a BEGIN of <paramref name="child"/> shows were not ended: those inside the
    /// innermost open component that takes such a child. When none takes it, nothing is ended.</summary>
    private static void EndMisterminated(List<Diagnostic>? diagnostics, List<ComponentNode> open, string child, ContentLine begin, ImportWork work, Action<ComponentNode, ComponentNode?>? completed)
    {
        var index = open.Count - 1;
        while (index >= 0 && ComponentNesting.Excludes(open[index].Name, child))
        {
            work.TreeSteps++;
            index--;
        }

        if (index < 0)
        {
            return;
        }

        for (var i = open.Count - 1; i > index; i--)
        {
            diagnostics?.Add(Make(IcalendarDiagnosticCodes.UnbalancedComponent, DiagnosticSeverity.Warning, open[i].Begin.LineNumber, open[i].Name,
                $"the {open[i].Name} has no END:{open[i].Name}; it ends at the BEGIN:{child} of line {begin.LineNumber}, which cannot go inside it."));
            Close(open, i, completed);
        }
    }

    /// <summary>Joins the lines a quoted-printable value (vCalendar 1.0) continues on: a value ending in <c>=</c> goes on
    /// on the next line (a soft line break), which is not folded.</summary>
    private static ContentLine JoinSoftBreaks(ContentLine line, ContentLineParser parser, string text, ref ContentLineReader.Scanner scanner, ImportWork work)
    {
        if (!line.ValueSpan.EndsWith("="))
        {
            return line;
        }

        var joined = new System.Text.StringBuilder(line.Text);
        while (joined.Length > 0 && joined[^1] == '=' && scanner.Next(out var next))
        {
            work.Lines++;
            work.TreeSteps++;
            joined.Length--;
            var raw = text.AsSpan(next.Start, next.End - next.Start);
            joined.Append(next.Folded ? ContentLineReader.Unfolded(raw) : raw);
        }

        var whole = joined.ToString();
        return parser.Parse(line.LineNumber, whole, 0, whole.Length, false, out _) ?? line;
    }

    private static bool IsBoundary(ReadOnlySpan<char> text, string name) =>
        text.Length > name.Length && text.StartsWith(name, StringComparison.OrdinalIgnoreCase) && text[name.Length] is ':' or ';';

    /// <summary>Whether a line holds control characters; the line breaks of its folds are not part of it.</summary>
    private static bool HasControl(ReadOnlySpan<char> raw) => raw.ContainsAny(Controls);

    /// <summary>Whether a zones-only build reads the properties of a component.</summary>
    private static bool IsZoneComponent(string name) => name is "VCALENDAR" or "VTIMEZONE" or "STANDARD" or "DAYLIGHT";

    private static string ReplaceControls(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            span[i] = IsControl(source[i]) ? '\uFFFD' : source[i];
        }
    });

    private static bool IsControl(char c) => (c < ' ' && c != '\t') || c == '\u007F';

    private static string Shorten(ReadOnlySpan<char> text)
    {
        var unfolded = text.ContainsAny('\r', '\n') ? ContentLineReader.Unfolded(text) : text.ToString();
        return unfolded.Length <= 40 ? unfolded : unfolded[..40] + "…";
    }

    private static Diagnostic Make(string code, DiagnosticSeverity severity, int line, string what, string message) =>
        new(code, severity, ContentLineLocation.Of(line, what), message);
}
