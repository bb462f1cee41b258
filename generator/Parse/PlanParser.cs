using System.Collections.Immutable;
using PianoSite.Diagnostics;
using PianoSite.Load;
using PianoSite.Model;
using PianoSite.Parse.Markdown;
using PianoSite.Parse.Readers;

namespace PianoSite.Parse;

/// <summary>
/// Stages 2 and 3, parse and model: reads every content file into records and assembles the immutable
/// <see cref="Plan"/>. Each file's result is kept by content, so that a rebuild (the preview) re-parses only
/// the files whose text changed.
/// </summary>
public sealed class PlanParser
{
    private readonly MarkdownParser markdown = new();
    private readonly Dictionary<string, CachedFile> cache = new(StringComparer.Ordinal);

    private sealed record CachedFile(string Text, object? Result, ImmutableArray<Diagnostic> Diagnostics);

    /// <summary>How many files the last <see cref="Parse"/> actually parsed (the others came from the cache).</summary>
    public int LastParsedCount { get; private set; }

    public Plan? Parse(ContentSet content, DiagnosticBag diagnostics)
    {
        var jobs = new List<(SourceFile File, Func<SourceFile, DiagnosticBag, object?> Reader)>();
        if (content.Plan is not null)
        {
            jobs.Add((content.Plan, PlanFileReader.Read));
        }
        if (content.Pnrr is not null)
        {
            jobs.Add((content.Pnrr, PnrrFileReader.Read));
        }
        jobs.AddRange(content.Missions.Select(f => (f, (Func<SourceFile, DiagnosticBag, object?>)((file, d) => MissionFileReader.Read(file, markdown, d)))));
        jobs.AddRange(content.Drivers.Select(f => (f, (Func<SourceFile, DiagnosticBag, object?>)((file, d) => DriverFileReader.Read(file, markdown, d)))));
        jobs.AddRange(content.Pages.Select(f => (f, (Func<SourceFile, DiagnosticBag, object?>)((file, d) => PageFileReader.Read(file, markdown, d)))));
        if (content.Checks is not null)
        {
            jobs.Add((content.Checks, (file, d) => ChecksFileReader.Read(file, d)));
        }
        if (content.Catalogue is not null)
        {
            jobs.Add((content.Catalogue, CatalogueFileReader.Read));
        }

        // Files are independent: the changed ones are parsed in parallel, each into its own diagnostics, and
        // used below in a fixed order, so the plan and its diagnostics never depend on the scheduling.
        var changed = jobs.Where(j => !cache.TryGetValue(j.File.Path, out var cached) || cached.Text != j.File.Text).ToArray();
        var parsed = new CachedFile[changed.Length];
        Parallel.For(0, changed.Length, i =>
        {
            var fileDiagnostics = new DiagnosticBag();
            parsed[i] = new CachedFile(changed[i].File.Text, changed[i].Reader(changed[i].File, fileDiagnostics), [.. fileDiagnostics.Items]);
        });
        for (var i = 0; i < changed.Length; i++)
        {
            cache[changed[i].File.Path] = parsed[i];
        }
        LastParsedCount = changed.Length;

        var seen = new HashSet<string>(StringComparer.Ordinal);
        object? Read(SourceFile file)
        {
            seen.Add(file.Path);
            var cached = cache[file.Path];
            diagnostics.AddRange(cached.Diagnostics);
            return cached.Result;
        }

        var plan = content.Plan is null ? null : Read(content.Plan) as PlanFileReader.Result;
        var pnrr = content.Pnrr is null ? null : Read(content.Pnrr) as PnrrFileReader.Result;
        var missions = content.Missions.Select(Read).OfType<MissionFileReader.Result>().ToArray();
        var drivers = content.Drivers.Select(Read).OfType<Driver>().ToArray();
        var pages = content.Pages.Select(Read).OfType<Page>().ToArray();
        var accepted = content.Checks is not null && Read(content.Checks) is ImmutableArray<AcceptedWarning> a ? a : [];
        var catalogue = content.Catalogue is null ? null : Read(content.Catalogue) as CatalogueFacts;

        foreach (var stale in cache.Keys.Where(k => !seen.Contains(k)).ToArray())
        {
            cache.Remove(stale);
        }
        if (plan is null || pnrr is null)
        {
            return null;
        }
        return Assemble(plan, pnrr, missions, drivers, pages, accepted, diagnostics) with { Catalogue = catalogue };
    }

    private static Plan Assemble(
        PlanFileReader.Result plan,
        PnrrFileReader.Result pnrr,
        IReadOnlyList<MissionFileReader.Result> missionFiles,
        IReadOnlyList<Driver> drivers,
        IReadOnlyList<Page> pages,
        ImmutableArray<AcceptedWarning> accepted,
        DiagnosticBag diagnostics)
    {
        ReportDuplicates(plan.Actors, a => a.Id, a => a.Span, "l'attore", diagnostics);
        ReportDuplicates(plan.Keywords, k => k.Id, k => k.Span, "la parola chiave", diagnostics);
        ReportDuplicates(pnrr.Missions, m => m.Code, m => m.Span, "la missione", diagnostics);
        ReportDuplicates(pnrr.Components, c => c.Code, c => c.Span, "la componente", diagnostics);
        ReportDuplicates(drivers, d => d.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), d => d.Span, "il driver numero", diagnostics);
        ReportDuplicates(missionFiles, m => m.Code, m => m.CodeSpan, "il file della missione", diagnostics);

        var missionCodes = pnrr.Missions.Select(m => m.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var file in missionFiles.Where(f => !missionCodes.Contains(f.Code)))
        {
            diagnostics.Error(Codes.UnknownMission, file.CodeSpan,
                $"la missione «{file.Code}» non è tra quelle di pnrr.yml ({string.Join(", ", missionCodes)})");
        }
        foreach (var component in pnrr.Components.Where(c => !missionCodes.Contains(c.MissionCode)))
        {
            diagnostics.Error(Codes.ComponentWithoutMission, component.Span,
                $"la componente {component.Code} appartiene alla missione {component.MissionCode}, che non è in pnrr.yml");
        }

        var missions = pnrr.Missions
            .DistinctBy(m => m.Code)
            .Select(header =>
            {
                var file = missionFiles.FirstOrDefault(f => f.Code == header.Code);
                if (file is null)
                {
                    diagnostics.Warning(Codes.MissionWithoutFile, header.Span,
                        $"la missione {header.Code} non ha il file {ContentLayout.MissionsFolder}/{header.Code.ToLowerInvariant()}.yml: la sua pagina non avrà obiettivi", header.Code);
                }
                return new Mission(header.Code, header.Title, file?.Intro ?? Prose.Empty(header.Span),
                    file?.Keywords ?? [], file?.VisionLabel ?? header.Title, file?.Objectives ?? [], header.Span);
            })
            .OrderBy(m => m.Number)
            .ToImmutableArray();

        return new Plan(plan.Info, plan.Actors, plan.Keywords, missions, pnrr.Components,
            [.. drivers.DistinctBy(d => d.Number).OrderBy(d => d.Number)],
            [.. pages.OrderBy(p => p.Slug, StringComparer.Ordinal)],
            accepted);
    }

    private static void ReportDuplicates<T>(IEnumerable<T> items, Func<T, string> key, Func<T, SourceSpan> span, string what, DiagnosticBag diagnostics)
    {
        foreach (var group in items.GroupBy(key, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var first = span(group.First());
            foreach (var duplicate in group.Skip(1))
            {
                diagnostics.Error(Codes.DuplicateId, span(duplicate),
                    $"{what} «{group.Key}» è già definito in {first}: ogni codice va usato una sola volta", group.Key);
            }
        }
    }
}
