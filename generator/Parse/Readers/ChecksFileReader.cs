using System.Collections.Immutable;
using PianoSite.Diagnostics;
using PianoSite.Load;
using PianoSite.Model;
using PianoSite.Parse.Shapes;

namespace PianoSite.Parse.Readers;

/// <summary>content/controlli.yml: the warnings the plan's owners accepted, each with a reason.</summary>
public static class ChecksFileReader
{
    private static readonly IReadOnlyCollection<string> Keys = ContentShapes.Checks.Keys;
    private static readonly IReadOnlyCollection<string> AcceptedKeys = ContentShapes.Checks.Item("accepted").Keys;

    public static ImmutableArray<AcceptedWarning> Read(SourceFile file, DiagnosticBag diagnostics)
    {
        var root = YamlObject.From(YamlReader.Read(file.Path, file.Text, diagnostics), "controlli.yml", Keys, diagnostics);
        if (root is null)
        {
            return [];
        }
        var accepted = ImmutableArray.CreateBuilder<AcceptedWarning>();
        foreach (var item in root.ObjectList("accepted", "un avviso accettato", AcceptedKeys, required: false))
        {
            var code = item.RequiredText("code");
            var subject = item.RequiredText("subject");
            var reason = item.RequiredText("reason");
            if (code is not null && subject is not null && reason is not null)
            {
                accepted.Add(new AcceptedWarning(code, subject, reason, item.Span));
            }
        }
        return accepted.ToImmutable();
    }
}
