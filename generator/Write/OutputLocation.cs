using PianoSite.Diagnostics;
using PianoSite.Load;

namespace PianoSite.Write;

/// <summary>Refuses output folders whose replacement would destroy the plan itself.</summary>
public static class OutputLocation
{
    /// <summary>An output folder may not be the plan's root, contain it, or lie inside content/ or templates/.</summary>
    public static Diagnostic? Validate(string root, string output)
    {
        var fullRoot = Normalise(root);
        var fullOutput = Normalise(output);
        var destroysPlan = IsSameOrInside(fullRoot, fullOutput)
            || IsSameOrInside(fullOutput, Normalise(Path.Combine(root, ContentLayout.ContentFolder)))
            || IsSameOrInside(fullOutput, Normalise(Path.Combine(root, ContentLayout.TemplatesFolder)));
        return destroysPlan
            ? Diagnostic.Error(Codes.OutputInsideContent, SourceSpan.WholeFile(output),
                $"la cartella di uscita {fullOutput} coincide con il piano o lo contiene, o sta dentro content/ o templates/: scegliere un'altra cartella con --out")
            : null;
    }

    private static string Normalise(string path) => Path.GetFullPath(path).TrimEnd(Path.DirectorySeparatorChar);

    private static bool IsSameOrInside(string path, string folder) =>
        path == folder || path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
