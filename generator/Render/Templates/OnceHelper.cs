using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
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
/// One instance per Handlebars environment (<see cref="TemplateSet"/>); pages render in parallel, hence the
/// concurrent collections.
/// </summary>
public sealed class OnceHelper
{
    private readonly ConditionalWeakTable<object, ConcurrentDictionary<string, byte[]>> remembered = [];

    public void Render(EncodedTextWriter output, BlockHelperOptions options, Context context, Arguments arguments)
    {
        if (arguments.Length == 0 || arguments[0] is not { } owner)
        {
            throw new HandlebarsException("«once» vuole come primo argomento l'oggetto di cui ricordare il blocco");
        }
        var key = string.Join('\u001f', Enumerable.Range(1, arguments.Length - 1).Select(i => Convert.ToString(arguments[i], CultureInfo.InvariantCulture)));
        var blocks = remembered.GetValue(owner, _ => new ConcurrentDictionary<string, byte[]>(StringComparer.Ordinal));
        output.WriteSafeString(Encoding.UTF8.GetString(blocks.GetOrAdd(key, _ => Encoding.UTF8.GetBytes(options.Template()))));
    }
}
