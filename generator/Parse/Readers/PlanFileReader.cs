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
    private static readonly IReadOnlyCollection<string> AdoptionKeys = ContentShapes.Plan.Item("adoption").Keys;
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
            Adoption: ReadAdoption(root.Child("adoption", "adoption", AdoptionKeys, required: false)),
            Website: ReadWebsite(root, diagnostics),
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

    /// <summary>The website's address, which must be a whole http(s) address: it is printed as a link.</summary>
    private static string? ReadWebsite(YamlObject root, DiagnosticBag diagnostics)
    {
        var website = root.OptionalText("website")?.Trim();
        if (website is not null && !(Uri.TryCreate(website, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            diagnostics.Error(Codes.InvalidValue, root.Node("website")!.Span,
                $"«website» in piano.yml deve essere un indirizzo http o https completo (ad esempio https://www.esempio.it/psttm/), non «{website}»");
            return null;
        }
        return website;
    }

    /// <summary>The adopting act when all of it is there; a part missing is diagnosed, and no act is published.</summary>
    private static AdoptionAct? ReadAdoption(YamlObject? adoption)
    {
        if (adoption is null)
        {
            return null;
        }
        var organ = adoption.RequiredText("organ");
        var number = adoption.RequiredText("number");
        var date = adoption.RequiredDate("date");
        return organ is null || number is null || date is null ? null : new AdoptionAct(organ.Trim(), number.Trim(), date.Value, adoption.Span);
    }
}
