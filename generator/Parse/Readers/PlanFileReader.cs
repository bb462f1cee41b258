using System.Collections.Immutable;
using PianoSite.Diagnostics;
using PianoSite.Load;
using PianoSite.Model;
using PianoSite.Parse.Shapes;

namespace PianoSite.Parse.Readers;

/// <summary>content/piano.yml: the plan's identity, its actors and its vision keywords.</summary>
public static class PlanFileReader
{
    private static readonly IReadOnlyCollection<string> Keys = ContentShapes.Plan.Keys;
    private static readonly IReadOnlyCollection<string> LicenceKeys = ContentShapes.Plan.Item("licence").Keys;
    private static readonly IReadOnlyCollection<string> ActorKeys = ContentShapes.Plan.Item("actors").Keys;
    private static readonly IReadOnlyCollection<string> KeywordKeys = ContentShapes.Plan.Item("keywords").Keys;

    public sealed record Result(PlanInfo Info, ImmutableArray<Actor> Actors, ImmutableArray<Keyword> Keywords);

    public static Result? Read(SourceFile file, DiagnosticBag diagnostics)
    {
        var root = YamlObject.From(YamlReader.Read(file.Path, file.Text, diagnostics), "piano.yml", Keys, diagnostics);
        if (root is null)
        {
            return null;
        }
        var licence = root.Child("licence", "licence", LicenceKeys, required: true);
        var info = new PlanInfo(
            Title: root.RequiredText("title") ?? string.Empty,
            ShortTitle: root.RequiredText("short_title") ?? string.Empty,
            Issuer: root.RequiredText("issuer") ?? string.Empty,
            Edition: root.RequiredText("edition") ?? string.Empty,
            Language: root.RequiredText("language") ?? "it",
            Date: root.RequiredDate("date") ?? default,
            Licence: new Licence(licence?.RequiredText("name") ?? string.Empty, licence?.RequiredText("url") ?? string.Empty),
            Span: root.Span);
        var actors = root.ObjectList("actors", "un attore", ActorKeys, required: true)
            .Select(a => (Id: a.RequiredText("id"), Name: a.RequiredText("name"), a.Span))
            .Where(a => a.Id is not null && a.Name is not null)
            .Select(a => new Actor(a.Id!, a.Name!, a.Span))
            .ToImmutableArray();
        var keywords = root.ObjectList("keywords", "una parola chiave", KeywordKeys, required: true)
            .Select(k => (Id: k.RequiredText("id"), Name: k.RequiredText("name"), k.Span))
            .Where(k => k.Id is not null && k.Name is not null)
            .Select(k => new Keyword(k.Id!, k.Name!, k.Span))
            .ToImmutableArray();
        return new Result(info, actors, keywords);
    }
}
