using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using HandlebarsDotNet;

namespace PianoSite.Render.Templates;

/// <summary>
/// The «once» block helper: <c>{{#once obj key…}}…{{/once}}</c> renders its block the first time for a given
/// object and list of keys, and writes the same HTML every later time. For markup repeated identically on many
/// pages — an objective's row is on its mission's page, its components', its drivers' and its actors' pages —
/// this renders each row once instead of once per table. The block must depend only on the object and the keys.
/// Objects are told apart by their own equality: a view model with value equality (<c>ObjectiveRow</c>) finds its
/// block again in the next rebuild of the preview, as long as the templates are the same (one instance per
/// compiled <see cref="TemplateSet"/>), so an edit renders again only the rows it changed.
/// <see cref="ForgetUnused"/> drops the blocks a complete run did not use. Written into a <see cref="BlockWriter"/>
/// (a page's content), the block is kept as a reference, not copied. Pages render in parallel, hence the
/// concurrent collections.
/// </summary>
public sealed class OnceHelper
{
    /// <summary>
    /// A large plan adds tens of thousands of blocks from two threads: more lock stripes than the default (one per core)
    /// and a start of 8,192 entries (its table just below the large-object heap, which Clear makes again) keep
    /// the threads from waiting on each other while the table grows.
    /// </summary>
    private readonly ConcurrentDictionary<(object Owner, string Keys), Remembered> remembered = new(concurrencyLevel: 64, capacity: 1 << 13);
    private int run;

    private sealed class Remembered(RememberedBlock block, int run)
    {
        public RememberedBlock Block => block;

        /// <summary>The last run that used the block.</summary>
        public int Run = run;
    }

    public void Render(EncodedTextWriter output, BlockHelperOptions options, Context context, Arguments arguments)
    {
        if (arguments.Length == 0 || arguments[0] is not { } owner)
        {
            throw new HandlebarsException("«once» vuole come primo argomento l'oggetto di cui ricordare il blocco");
        }
        var keys = arguments.Length == 1
            ? string.Empty
            : string.Join('\u001f', Enumerable.Range(1, arguments.Length - 1).Select(i => Convert.ToString(arguments[i], CultureInfo.InvariantCulture)));
        var current = Volatile.Read(ref run);
        if (!remembered.TryGetValue((owner, keys), out var entry))
        {
            entry = remembered.GetOrAdd((owner, keys), new Remembered(Rendered(output, options), current));   // two threads may both render it: one is kept
        }
        Volatile.Write(ref entry.Run, current);
        if (Underlying(ref output) is BlockWriter page)
        {
            page.WriteBlock(entry.Block);
        }
        else
        {
            output.WriteSafeString(entry.Block.Html);
        }
    }

    /// <summary>
    /// The block rendered through the page's escaping writer into this thread's builder, which keeps its capacity from
    /// block to block (Handlebars' own <c>Template()</c> makes a string of each, in a builder it does not keep past 4 KB).
    /// </summary>
    private static RememberedBlock Rendered(EncodedTextWriter output, BlockHelperOptions options)
    {
        var into = rendering ?? new StringWriter(CultureInfo.InvariantCulture);
        rendering = null;   // a «once» inside this one renders into a builder of its own
        try
        {
            into.GetStringBuilder().Clear();
            Underlying(ref output) = into;   // this copy of the writer only: the page's goes on writing where it did
            options.Template(output, options.Frame);
            return new RememberedBlock(into.GetStringBuilder());
        }
        finally
        {
            rendering = into.GetStringBuilder().Capacity <= KeptCapacity ? into : null;
        }
    }

    [ThreadStatic]
    private static StringWriter? rendering;

    /// <summary>A builder grown past this (a template that put a whole page in «once») is not kept.</summary>
    private const int KeptCapacity = 1 << 20;

    /// <summary>
    /// Forgets the blocks that no page used since the last call: called after a complete run (every page made), it
    /// keeps what the next run may use again and lets the rest go. Must not run while pages are being made.
    /// </summary>
    public void ForgetUnused()
    {
        var current = Volatile.Read(ref run);
        foreach (var (key, entry) in remembered)
        {
            if (entry.Run != current)
            {
                remembered.TryRemove(key, out _);
            }
        }
        Interlocked.Increment(ref run);
    }

    /// <summary>Forgets every block: after the pages of a build, which has no next run to use them.</summary>
    public void ForgetAll() => remembered.Clear();

    /// <summary>
    /// The writer Handlebars writes the block's output into: Handlebars.Net (2.4.3) keeps it in an internal field.
    /// Its writes go straight through, unbuffered, so a block kept there as a reference lands in its place.
    /// </summary>
    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "UnderlyingWriter")]
    private static extern ref TextWriter Underlying(ref EncodedTextWriter writer);
}
