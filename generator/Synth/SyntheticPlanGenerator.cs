using System.Text;
using PianoSite.Diagnostics;
using PianoSite.Load;
using PianoSite.Pipeline;

namespace PianoSite.Synth;

/// <summary>
/// The synth verb: reads a real plan as the word source, composes a synthetic plan of the requested size and
/// writes it under the target folder's content/. A marker file beside content/ records that the folder holds a
/// synthetic plan, so that it can be regenerated in place, while a folder holding anything else is never touched.
/// </summary>
public static class SyntheticPlanGenerator
{
    public const string Marker = ".pianosite-synth";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <param name="sourceRoot">the root of a real plan (the PianoSite checkout's own content/).</param>
    public static IReadOnlyList<Diagnostic> Generate(string sourceRoot, SynthOptions options, string target)
    {
        var source = new BuildPipeline(new BuildOptions(sourceRoot, string.Empty)).Check();
        if (source.Plan is null || source.ErrorCount > 0)
        {
            return [Diagnostic.Error(Codes.MissingFolder, SourceSpan.WholeFile(ContentLayout.ContentFolder),
                $"il piano da cui prendere i testi ({Path.GetFullPath(sourceRoot)}) non si legge senza errori: eseguire check su di esso"), ..source.Diagnostics.Where(d => d.IsError)];
        }
        var words = WordSource.From(source.Plan);
        if (words is null)
        {
            return [Diagnostic.Error(Codes.MissingFolder, SourceSpan.WholeFile(ContentLayout.ContentFolder),
                $"il piano in {Path.GetFullPath(sourceRoot)} ha troppo poco testo per comporre un piano sintetico")];
        }
        var refusal = Refusal(target);
        if (refusal is not null)
        {
            return [refusal];
        }
        var files = new SyntheticPlanWriter(words, options).Files();
        try
        {
            Directory.CreateDirectory(target);
            var content = Path.Combine(target, ContentLayout.ContentFolder);
            if (Directory.Exists(content))
            {
                Directory.Delete(content, recursive: true);
            }
            File.WriteAllText(Path.Combine(target, Marker), $"Piano sintetico: {options.Objectives} obiettivi, {options.Drivers} driver, seme {options.Seed}.\n", Utf8);
            foreach (var file in files)
            {
                var path = Path.Combine(target, file.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, file.Text, Utf8);
            }
            return [];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [Diagnostic.Error(Codes.WriteFailed, SourceSpan.WholeFile(target), $"impossibile scrivere il piano sintetico in {Path.GetFullPath(target)}: {e.Message}")];
        }
    }

    /// <summary>A folder that holds a plan not written by synth (content/ without the marker) is refused.</summary>
    private static Diagnostic? Refusal(string target)
    {
        var hasContent = Directory.Exists(Path.Combine(target, ContentLayout.ContentFolder));
        var isSynthetic = File.Exists(Path.Combine(target, Marker));
        return hasContent && !isSynthetic
            ? Diagnostic.Error(Codes.OutputInsideContent, SourceSpan.WholeFile(target),
                $"la cartella {Path.GetFullPath(target)} contiene già un piano (content/) non prodotto da synth: scegliere una cartella vuota")
            : null;
    }
}
