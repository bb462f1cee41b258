using System.Collections.Immutable;
using PianoSite.Diagnostics;
using PianoSite.Load;
using PianoSite.Model;
using PianoSite.Parse.Markdown;
using PianoSite.Parse.Shapes;

namespace PianoSite.Parse.Readers;

/// <summary>content/missioni/mN.yml: a mission's introduction, its vision keywords and its objectives.</summary>
public static class MissionFileReader
{
    private static readonly IReadOnlyCollection<string> Keys = ContentShapes.Mission.Keys;
    private static readonly IReadOnlyCollection<string> ObjectiveKeys = ContentShapes.Mission.Item("objectives").Keys;

    public sealed record Result(string Code, Prose Intro, ImmutableArray<Located<string>> Keywords, string? VisionLabel, ImmutableArray<Objective> Objectives, SourceSpan CodeSpan);

    public static Result? Read(SourceFile file, MarkdownParser markdown, DiagnosticBag diagnostics)
    {
        var root = YamlObject.From(YamlReader.Read(file.Path, file.Text, diagnostics), Path.GetFileName(file.Path), Keys, diagnostics);
        var code = root?.RequiredText("mission");
        if (root is null || code is null)
        {
            return null;
        }
        var objectives = ImmutableArray.CreateBuilder<Objective>();
        foreach (var o in root.ObjectList("objectives", "un obiettivo", ObjectiveKeys, required: true))
        {
            var number = o.RequiredInt("n");
            var text = o.RequiredText("text");
            if (number is null || text is null)
            {
                continue;
            }
            objectives.Add(new Objective(
                MissionCode: code,
                Number: number.Value,
                Text: text.Trim(),
                Actors: o.TextList("actors", required: false),
                Components: o.TextList("components", required: false),
                Drivers: o.IntList("drivers"),
                Span: o.Span));
        }
        return new Result(code, ReadIntro(root, file, markdown, diagnostics), root.TextList("keywords", required: false),
            root.OptionalText("vision_label")?.Trim(), objectives.ToImmutable(), root.KeySpan("mission"));
    }

    private static Prose ReadIntro(YamlObject root, SourceFile file, MarkdownParser markdown, DiagnosticBag diagnostics)
    {
        if (root.Node("intro") is not YamlScalar scalar || scalar.IsNull)
        {
            root.RequiredText("intro");
            return Prose.Empty(root.Span);
        }
        var firstLine = scalar.IsBlock ? scalar.Span.Line + 1 : scalar.Span.Line;
        var indent = scalar.IsBlock ? root.KeySpan("intro").Column + 1 : scalar.Span.Column - 1;
        return markdown.Parse(scalar.Value, scalar.Span with { File = file.Path }, diagnostics, firstLine, indent);
    }
}
