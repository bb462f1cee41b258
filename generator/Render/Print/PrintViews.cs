using PianoSite.Render.Templates;
using System.Collections.Immutable;

namespace PianoSite.Render.Print;

// The view models of the print page (/stampa/, the source of the PDF edition): plain data prepared in C#, so that
// the template holds no logic. Every link is a fragment ("#missione-1") inside the page itself: a PDF keeps
// internal links working, while links to other pages of the site would break once the file is downloaded.

/// <summary>The whole print edition.</summary>
/// <param name="RunningHead">the plan's short title as a CSS string literal (quotes included) for the page header.</param>
/// <param name="Description">the page's meta description: the vision's first words (see Render/Site/MetaDescription.cs).</param>
public sealed record PrintView(
    string DocumentTitle,
    string? Description,
    string Language,
    string Title,
    string ShortTitle,
    string Issuer,
    string Edition,
    TrustedHtml RunningHead,
    ImmutableArray<ContentsEntry> Contents,
    PrintSection Vision,
    MarkTable VisionMatrix,
    PrintSection Directions,
    ComponentsSection Components,
    ImmutableArray<PrintMission> Missions,
    PrintSection Agenda,
    ImmutableArray<PrintDriver> Drivers,
    PrintFigures Figures,
    Colophon Colophon);

/// <summary>"Il piano in cifre": the website's charts, as figures with alternative text, each followed by its table.</summary>
public sealed record PrintFigures(string Anchor, string Title, ImmutableArray<Charts.Chart> Charts);

/// <summary>
/// One line of the printed table of contents, with the lines nested below it (the drivers under the Agenda);
/// <see cref="Page"/> is null until the page is known.
/// </summary>
public sealed record ContentsEntry(string Anchor, string Label, string? Page, ImmutableArray<ContentsEntry> Children)
{
    /// <summary>This entry and all below it, in document order.</summary>
    public IEnumerable<ContentsEntry> SelfAndDescendants() => Children.SelectMany(c => c.SelfAndDescendants()).Prepend(this);
}

/// <summary>A section of prose from content/pagine/ with its heading.</summary>
public sealed record PrintSection(string Anchor, string Title, TrustedHtml BodyHtml);

/// <summary>One ● cell: a reader hears <see cref="SpokenValue"/> ("sì"/"no"), never a bare glyph.</summary>
public sealed record MarkCell(bool Marked, string SpokenValue);

/// <summary>A table of ● marks: the vision matrix (missions × keywords).</summary>
public sealed record MarkTable(string Caption, string RowHeader, ImmutableArray<string> Columns, ImmutableArray<MarkRow> Rows);

public sealed record MarkRow(string Label, ImmutableArray<MarkCell> Cells);

/// <summary>The PNRR components × actors table.</summary>
public sealed record ComponentsSection(string Anchor, string Title, string Caption, ImmutableArray<string> ActorNames, ImmutableArray<ComponentRow> Rows);

public sealed record ComponentRow(string Anchor, string Code, string Title, ImmutableArray<MarkCell> Actors);

/// <summary>A link inside the print page: a component code or a driver number, with what it stands for.</summary>
public sealed record CrossReference(string Label, string Href, string Title);

public sealed record PrintMission(
    string Anchor,
    string Heading,
    TrustedHtml IntroHtml,
    string Keywords,
    ImmutableArray<CrossReference> Components,
    string Caption,
    ImmutableArray<string> ActorNames,
    ImmutableArray<PrintObjective> Objectives);

/// <summary>
/// An objective's row of the print edition, rendered once (a «once» block) and remembered by value, like the
/// website's rows (<see cref="Site.ObjectiveRow"/>): the preview, which makes the print page again at every save,
/// renders and reads again only the rows that changed.
/// </summary>
public sealed record PrintObjective(
    string Anchor,
    string Id,
    string Text,
    ImmutableArray<MarkCell> Actors,
    ImmutableArray<CrossReference> Components,
    ImmutableArray<CrossReference> Drivers)
{
    public bool Equals(PrintObjective? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || Anchor == other.Anchor && Id == other.Id && Text == other.Text
            && Actors.SequenceEqual(other.Actors) && Components.SequenceEqual(other.Components) && Drivers.SequenceEqual(other.Drivers));

    public override int GetHashCode() => HashCode.Combine(Id, Text, Actors.Length, Components.Length, Drivers.Length);
}

public sealed record PrintDriver(
    string Anchor,
    string Heading,
    string Subtitle,
    string Lead,
    TrustedHtml BodyHtml,
    ImmutableArray<CrossReference> Objectives);

/// <summary>The last page: who publishes the plan, under which licence, and where the other editions are.</summary>
/// <param name="Adoption">the adopting act (organ, number, date) as one line, or null while piano.yml gives none: then no date is printed.</param>
/// <param name="OnlineUrl">the website's address (piano.yml website:), or null when the editors give none.</param>
public sealed record Colophon(
    string Anchor,
    string Title,
    string? Adoption,
    string LicenceName,
    string LicenceUrl,
    string? OnlineUrl,
    string? OpenDataUrl);
