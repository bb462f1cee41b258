using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using HandlebarsDotNet;

namespace PianoSite.Render.Templates;

/// <summary>
/// The «once» block helper: <c>{{#once obj key…}}…{{/once}}</c> renders its block the first time for a given
/// object (by identity) and list of keys, and writes the same HTML every later time. For markup repeated
/// identically on many pages — an objective's row is on its mission's page, its components', its drivers'
/// and its actors' pages — this renders each row once instead of once per table. The block must depend only on
/// the object and the keys. The remembered HTML lives as long as the object (the view models of one build), so a
/// rebuild of the preview, which makes new view models, never sees the rows of the previous one; it is kept in
/// UTF-8, half the size of a string, because a large plan remembers a block for each of its 50,000 objectives.
/// Written into a <see cref="BlockWriter"/> (a page's content), the block is kept as a reference, not copied.
/// One instance per Handlebars environment (<see cref="TemplateSet"/>); pages render in parallel, hence the
/// concurrent collections.
/// </summary>
public sealed class OnceHelper
{
    private readonly ConditionalWeakTable<object, ConcurrentDictionary<string, RememberedBlock>> remembered = [];

    public void Render(EncodedTextWriter output, BlockHelperOptions options, Context context, Arguments arguments)
    {
        if (arguments.Length == 0 || arguments[0] is not { } owner)
        {
            throw new HandlebarsException("«once» vuole come primo argomento l'oggetto di cui ricordare il blocco");
        }
        var key = string.Join('\u001f', Enumerable.Range(1, arguments.Length - 1).Select(i => Convert.ToString(arguments[i], CultureInfo.InvariantCulture)));
        var blocks = remembered.GetValue(owner, _ => new ConcurrentDictionary<string, RememberedBlock>(StringComparer.Ordinal));
        var block = blocks.GetOrAdd(key, _ => new RememberedBlock(options.Template()));
        if (Underlying(ref output) is BlockWriter page)
        {
            page.WriteBlock(block);
        }
        else
        {
            output.WriteSafeString(block.Html);
        }
    }

    /// <summary>
    /// The writer Handlebars writes the block's output into: Handlebars.Net (2.4.3) keeps it in an internal field.
    /// Its writes go straight through, unbuffered, so a block kept there as a reference lands in its place.
    /// </summary>
    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "UnderlyingWriter")]
    private static extern ref TextWriter Underlying(ref EncodedTextWriter writer);
}
