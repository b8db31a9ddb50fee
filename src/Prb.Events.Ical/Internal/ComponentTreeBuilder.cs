using System.Globalization;

namespace Prb.Events.Ical.Internal;

/// <summary>Parses content lines and nests them into components by BEGIN and END, reporting lines and components it
/// has to skip instead of giving up on the input.</summary>
internal static class ComponentTreeBuilder
{
    /// <summary>The deepest nesting read. RFC 5545 needs three levels (VCALENDAR, VTIMEZONE, STANDARD); a component
    /// below this depth is skipped whole, which keeps the work linear in the input however deep it nests.</summary>
    internal const int MaxDepth = 16;

    /// <summary>Builds the components of unfolded lines; reports what it skips.</summary>
    /// <param name="lines">The unfolded lines.</param>
    /// <param name="diagnostics">Where diagnostics go.</param>
    /// <param name="work">Where the import counts its work; null when nobody counts.</param>
    internal static List<ComponentNode> Build(List<(int LineNumber, string Text)> lines, List<Diagnostic> diagnostics, ImportWork? work = null)
    {
        work ??= new ImportWork();
        var roots = new List<ComponentNode>();
        var open = new List<ComponentNode>();
        var skippedDepth = 0;
        foreach (var (number, text) in lines)
        {
            work.TreeSteps++;
            if (skippedDepth > 0)
            {
                // Inside a component that nests too deep: only its BEGIN and END lines are counted, to find where it ends.
                if (IsBoundary(text, "BEGIN"))
                {
                    skippedDepth++;
                }
                else if (IsBoundary(text, "END"))
                {
                    skippedDepth--;
                }

                continue;
            }

            var line = ContentLineReader.Parse(number, text, out var error);
            if (line is null)
            {
                Report(diagnostics, IcalendarDiagnosticCodes.MalformedLine, DiagnosticSeverity.Warning, number, Shorten(text),
                    $"this is not a content line ({error}); it is skipped.");
                continue;
            }

            if (HasControl(line.Text))
            {
                Report(diagnostics, IcalendarDiagnosticCodes.TextReplaced, DiagnosticSeverity.Warning, number, line.Name,
                    "the line holds control characters, which iCalendar does not allow; they were replaced by U+FFFD.");
                line = line with { Value = ReplaceControls(line.Value), Text = ReplaceControls(line.Text) };
            }

            if (line.Name == "BEGIN" && open.Count >= MaxDepth)
            {
                Report(diagnostics, IcalendarDiagnosticCodes.InvalidComponent, DiagnosticSeverity.Error, number, Shorten(line.Text),
                    $"components nest more than {MaxDepth} deep here; this one is skipped with everything in it.");
                skippedDepth = 1;
                continue;
            }

            if (line.Name == "BEGIN")
            {
                var node = new ComponentNode(line.Value.Trim().ToUpperInvariant(), line);
                if (open.Count > 0)
                {
                    open[^1].Children.Add(node);
                }
                else
                {
                    roots.Add(node);
                }

                open.Add(node);
                AddToOpen(open, line, work);

                continue;
            }

            if (line.Name == "END")
            {
                var name = line.Value.Trim().ToUpperInvariant();
                work.TreeSteps += open.Count;
                var index = open.FindLastIndex(n => n.Name == name);
                if (index < 0)
                {
                    Report(diagnostics, IcalendarDiagnosticCodes.UnbalancedComponent, DiagnosticSeverity.Warning, number, "END:" + name,
                        $"no {name} is open here; the line is skipped.");
                    continue;
                }

                AddToOpen(open, line, work);

                for (var i = open.Count - 1; i > index; i--)
                {
                    Unterminated(diagnostics, open, i, work);
                }

                open.RemoveAt(index);
                continue;
            }

            if (open.Count == 0)
            {
                Report(diagnostics, IcalendarDiagnosticCodes.MalformedLine, DiagnosticSeverity.Warning, number, line.Name,
                    "the property is outside every component; it is skipped.");
                continue;
            }

            open[^1].Properties.Add(line);
            AddToOpen(open, line, work);
        }

        for (var i = open.Count - 1; i >= 0; i--)
        {
            if (open[i].Name == "VCALENDAR")
            {
                Report(diagnostics, IcalendarDiagnosticCodes.UnbalancedComponent, DiagnosticSeverity.Warning, open[i].Begin.LineNumber, "VCALENDAR",
                    "the calendar has no END:VCALENDAR (the input may be cut short); its complete components are imported.");
                open.RemoveAt(i);
            }
            else
            {
                Unterminated(diagnostics, open, i, work);
            }
        }

        return roots;
    }

    /// <summary>Adds a line to every open component (a step each): a component keeps all its lines, nested ones too.</summary>
    private static void AddToOpen(List<ComponentNode> open, ContentLine line, ImportWork work)
    {
        foreach (var o in open)
        {
            work.TreeSteps++;
            o.AllLines.Add(line);
        }
    }

    private static void Unterminated(List<Diagnostic> diagnostics, List<ComponentNode> open, int index, ImportWork work)
    {
        var node = open[index];
        Report(diagnostics, IcalendarDiagnosticCodes.UnbalancedComponent, DiagnosticSeverity.Error, node.Begin.LineNumber, node.Name,
            $"the {node.Name} has no END:{node.Name}; it is skipped.");
        if (index > 0)
        {
            // The node is the last child of the one around it; Remove looks through the children from the first.
            work.TreeSteps += open[index - 1].Children.Count;
            open[index - 1].Children.Remove(node);
        }

        open.RemoveAt(index);
    }

    private static bool IsBoundary(string text, string name) =>
        text.Length > name.Length && text.StartsWith(name, StringComparison.OrdinalIgnoreCase) && text[name.Length] is ':' or ';';

    private static bool HasControl(string text)
    {
        foreach (var c in text)
        {
            if (IsControl(c))
            {
                return true;
            }
        }

        return false;
    }

    private static string ReplaceControls(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            span[i] = IsControl(source[i]) ? '\uFFFD' : source[i];
        }
    });

    private static bool IsControl(char c) => (c < ' ' && c != '\t') || c == '\u007F';

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    private static void Report(List<Diagnostic> diagnostics, string code, DiagnosticSeverity severity, int line, string what, string message) =>
        diagnostics.Add(new Diagnostic(code, severity, ContentLineLocation.Of(line, what), message));
}
