using NodaTime;

namespace Prb.Events;

/// <summary>
/// The agenda of an event as <see cref="LocalTimeResolver.ResolveAgenda"/> resolves it: a <c>foreach</c> over it yields,
/// in document order, each item whose start and end both resolve, and reports every time of an item that does not
/// resolve exactly as it goes. Enumerate it once.
/// </summary>
internal readonly struct ResolvedAgenda
{
    private readonly LocalTimeResolver _resolver;
    private readonly Event _event;
    private readonly DateTimeZone _zone;
    private readonly List<Diagnostic> _diagnostics;

    internal ResolvedAgenda(LocalTimeResolver resolver, Event @event, DateTimeZone zone, List<Diagnostic> diagnostics)
    {
        _resolver = resolver;
        _event = @event;
        _zone = zone;
        _diagnostics = diagnostics;
    }

    /// <summary>Returns the enumerator that resolves the items.</summary>
    public Enumerator GetEnumerator() => new(_resolver, _event, _zone, _diagnostics);

    /// <summary>Resolves one item at each step.</summary>
    internal struct Enumerator
    {
        private readonly LocalTimeResolver _resolver;
        private readonly IReadOnlyList<AgendaItem> _agenda;
        private readonly DateTimeZone _zone;
        private readonly List<Diagnostic> _diagnostics;
        private int _index;
        private EventTime? _lastExactStart;
        private ZonedDateTime _lastExactResult;

        internal Enumerator(LocalTimeResolver resolver, Event @event, DateTimeZone zone, List<Diagnostic> diagnostics)
        {
            _resolver = resolver;
            _agenda = @event.Agenda;
            _zone = zone;
            _diagnostics = diagnostics;
            _index = -1;
        }

        /// <summary>Gets the item resolved by the last <see cref="MoveNext"/>.</summary>
        public ResolvedItem Current { get; private set; }

        /// <summary>Resolves items until one resolves, reporting those that do not.</summary>
        /// <returns>False when the agenda is done.</returns>
        public bool MoveNext()
        {
            while (++_index < _agenda.Count)
            {
                var item = _agenda[_index];

                // Parallel sessions start together, so an item often starts when the one before it does, whose start is
                // then already resolved. Paths and messages are formatted only for a time that has something to report.
                bool okStart;
                ZonedDateTime start;
                if (_lastExactStart == item.Start)
                {
                    okStart = true;
                    start = _lastExactResult;
                }
                else if (LocalTimeResolver.TryResolveExactly(item.Start, _zone, out var startMapping, out start))
                {
                    okStart = true;
                    _lastExactStart = item.Start;
                    _lastExactResult = start;
                }
                else
                {
                    okStart = _resolver.ResolveInexact(item.Start, _zone, startMapping, $"agenda[{_index}].start", $"agenda item '{item.Title}'", _diagnostics, out start);
                }

                var okEnd = LocalTimeResolver.TryResolveExactly(item.End, _zone, out var endMapping, out var end)
                    || _resolver.ResolveInexact(item.End, _zone, endMapping, $"agenda[{_index}].end", $"agenda item '{item.Title}'", _diagnostics, out end);
                if (okStart && okEnd)
                {
                    Current = new ResolvedItem(item, _index, start, end);
                    return true;
                }
            }

            return false;
        }
    }
}
