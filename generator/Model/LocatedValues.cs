using System.Collections.Immutable;

namespace PianoSite.Model;

/// <summary>Lookups in a list of values read from a file.</summary>
public static class LocatedValues
{
    /// <summary>Whether one of <paramref name="items"/> has the value (a loop: it runs for every actor of every objective).</summary>
    public static bool Contains(ImmutableArray<Located<string>> items, string value)
    {
        foreach (var item in items)
        {
            if (item.Value == value)
            {
                return true;
            }
        }
        return false;
    }
}
