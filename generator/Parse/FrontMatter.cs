using PianoSite.Diagnostics;
using PianoSite.Load;

namespace PianoSite.Parse;

/// <summary>Splits a Markdown file into its YAML front matter (between two --- lines) and its body.</summary>
public sealed record FrontMatter(YamlNode? Yaml, string Body, int BodyFirstLine)
{
    public static FrontMatter? Split(SourceFile file, DiagnosticBag diagnostics)
    {
        var text = file.Text;
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
        {
            diagnostics.Error(Codes.FrontMatter, new SourceSpan(file.Path, 1, 1),
                "il file deve iniziare con l'intestazione tra due righe --- (ad esempio title: ...)");
            return null;
        }
        var close = text.IndexOf("\n---\n", 3, StringComparison.Ordinal);
        var closeAtEnd = text.EndsWith("\n---", StringComparison.Ordinal) ? text.Length - 4 : -1;
        var end = close >= 0 ? close : closeAtEnd;
        if (end < 0)
        {
            diagnostics.Error(Codes.FrontMatter, new SourceSpan(file.Path, 1, 1),
                "l'intestazione iniziata alla riga 1 con --- non è chiusa: aggiungere una riga --- dopo l'ultimo campo");
            return null;
        }
        var yamlText = text[4..(end + 1)];
        var yaml = YamlReader.Read(file.Path, yamlText, diagnostics, lineOffset: 1);
        var bodyStart = Math.Min(text.Length, end + 5);
        var bodyFirstLine = text.AsSpan(0, bodyStart).Count('\n') + 1;
        return new FrontMatter(yaml, text[bodyStart..], bodyFirstLine);
    }
}
