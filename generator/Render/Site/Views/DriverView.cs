using PianoSite.Render.Templates;

namespace PianoSite.Render.Site;

/// <summary>/agenda-strategica/01-…/: one driver with the objectives it carries out.</summary>
public sealed record DriverView(
    int Number,
    string Title,
    string Subtitle,
    string Lead,
    TrustedHtml BodyHtml,
    ObjectiveTable? Table,
    PagerView Pager);
