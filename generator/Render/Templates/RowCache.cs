using System.Collections.Concurrent;

namespace PianoSite.Render.Templates;

/// <summary>
/// The rows of the objectives tables, each rendered once and repeated on every page that lists it. An objective's
/// row is on its mission's page, its components', its drivers' and its actors' pages: the same markup, since a row
/// template sees nothing but its row (<see cref="HtmlTemplateContext.RowContext"/>). A row is found again by its
/// template and its view model's value: view models of rows are records whose every field takes part in their
/// equality (a test holds them to it), so a changed objective is a new key and is rendered anew, and an unchanged
/// one is found again in the preview's next rebuild. One cache per compiled <see cref="TemplateSet"/>: new
/// templates start with no rows. Pages render in parallel, hence the concurrent dictionary.
/// </summary>
public sealed class RowCache
{
    private readonly ConcurrentDictionary<(string Template, object Row), Entry> rows = new();
    private int run;

    private sealed class Entry(RenderedRow row, int run)
    {
        public RenderedRow Row => row;

        /// <summary>The last run that used the row.</summary>
        public int Run = run;
    }

    /// <summary>Whether the cache keeps rows at all; without it every table renders each of its rows (same output).</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>How many rows are kept.</summary>
    public int Count => rows.Count;

    /// <summary>The row of <paramref name="row"/> by <paramref name="template"/>: the kept one, or <paramref name="render"/>'s.</summary>
    public RenderedRow GetOrRender(string template, object row, Func<RenderedRow> render)
    {
        if (!Enabled)
        {
            return render();
        }
        var current = Volatile.Read(ref run);
        if (!rows.TryGetValue((template, row), out var entry))
        {
            entry = rows.GetOrAdd((template, row), new Entry(render(), current));   // two threads may both render it: one is kept
        }
        Volatile.Write(ref entry.Run, current);
        return entry.Row;
    }

    /// <summary>
    /// Forgets the rows that no page used since the last call: called after a complete run (every page made), it
    /// keeps what the next run may use again and lets the rest go. Must not run while pages are being made.
    /// </summary>
    public void ForgetUnused()
    {
        var current = Volatile.Read(ref run);
        foreach (var (key, entry) in rows)
        {
            if (entry.Run != current)
            {
                rows.TryRemove(key, out _);
            }
        }
        Interlocked.Increment(ref run);
    }

    /// <summary>Forgets every row: after the pages of a build, which has no next run to use them.</summary>
    public void Clear() => rows.Clear();
}
