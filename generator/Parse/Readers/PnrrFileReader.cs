using System.Collections.Immutable;
using System.Text.RegularExpressions;
using PianoSite.Diagnostics;
using PianoSite.Load;
using PianoSite.Model;
using PianoSite.Parse.Shapes;

namespace PianoSite.Parse.Readers;

/// <summary>content/pnrr.yml: the PNRR missions (code, title) and components (code, title, actors).</summary>
public static partial class PnrrFileReader
{
    private static readonly IReadOnlyCollection<string> Keys = ContentShapes.Pnrr.Keys;
    private static readonly IReadOnlyCollection<string> MissionKeys = ContentShapes.Pnrr.Item("missions").Keys;
    private static readonly IReadOnlyCollection<string> ComponentKeys = ContentShapes.Pnrr.Item("components").Keys;

    public sealed record MissionHeader(string Code, string Title, SourceSpan Span);

    public sealed record Result(ImmutableArray<MissionHeader> Missions, ImmutableArray<Component> Components);

    public static Result? Read(SourceFile file, DiagnosticBag diagnostics)
    {
        var root = YamlObject.From(YamlReader.Read(file.Path, file.Text, diagnostics), "pnrr.yml", Keys, diagnostics);
        if (root is null)
        {
            return null;
        }
        var missions = ImmutableArray.CreateBuilder<MissionHeader>();
        foreach (var m in root.ObjectList("missions", "una missione", MissionKeys, required: true))
        {
            var code = Code(m, MissionCode(), "M1", diagnostics);
            var title = m.RequiredText("title");
            if (code is not null && title is not null)
            {
                missions.Add(new MissionHeader(code, title, m.Span));
            }
        }
        var components = ImmutableArray.CreateBuilder<Component>();
        foreach (var c in root.ObjectList("components", "una componente", ComponentKeys, required: true))
        {
            var code = Code(c, ComponentCode(), "M1C1", diagnostics);
            var title = c.RequiredText("title");
            var actors = c.TextList("actors", required: true);
            if (code is not null && title is not null)
            {
                components.Add(new Component(code, title, actors, c.Span));
            }
        }
        return new Result(missions.ToImmutable(), components.ToImmutable());
    }

    private static string? Code(YamlObject item, Regex pattern, string example, DiagnosticBag diagnostics)
    {
        var code = item.RequiredText("code");
        if (code is not null && !pattern.IsMatch(code))
        {
            diagnostics.Error(Codes.InvalidValue, item.KeySpan("code"), $"codice «{code}» non valido: deve avere la forma {example}");
            return null;
        }
        return code;
    }

    [GeneratedRegex(ContentShapes.MissionCodePattern)]
    private static partial Regex MissionCode();

    [GeneratedRegex(ContentShapes.ComponentCodePattern)]
    private static partial Regex ComponentCode();
}
