using PianoSite.Render.Templates;
using System.Collections.Immutable;

namespace PianoSite.Render.Site;

// The view models of the website: plain data prepared in C#, so that templates hold no logic.
// Every href is site-absolute ("/missioni/m1/"); LinkRewriter makes it relative to each page.

/// <summary>What every page knows about the site.</summary>
public sealed record SiteView(
    string Title,
    string ShortTitle,
    string Issuer,
    string Edition,
    string LicenceName,
    string LicenceUrl,
    string? PdfHref,
    string DataHref,
    bool IsPreview);

/// <summary>What the layout needs to know about one page.</summary>
/// <param name="StructuredData">the page's schema.org JSON-LD (<see cref="Site.StructuredData"/>), or null.</param>
public sealed record PageView(
    string Title,
    string DocumentTitle,
    string? Canonical,
    string? Description,
    ImmutableArray<Crumb> Breadcrumbs,
    ImmutableArray<NavItem> Navigation,
    bool IsHome,
    bool IsSearchable,
    TrustedHtml? StructuredData = null);

public sealed record NavItem(string Label, string Href, bool IsCurrent);

/// <summary>The model a page template receives: <c>{{site.…}}</c>, <c>{{page.…}}</c>, <c>{{model.…}}</c>.</summary>
public sealed record PageTemplateView(SiteView Site, PageView Page, object Model);

/// <summary>The model the layout receives: the page's rendered main content in <c>{{ content }}</c>.</summary>
public sealed record LayoutView(SiteView Site, PageView Page, TrustedHtml Content);

public sealed record LinkView(string Label, string Href, string? Title = null);

/// <summary>A previous/next pair between missions, components or drivers; <see cref="Label"/> names the navigation landmark.</summary>
public sealed record PagerView(string Label, LinkView? Previous, LinkView? Next);

/// <summary>One ● cell of an objective table: screen readers hear <see cref="SpokenValue"/>, never a bare glyph.</summary>
public sealed record ActorCell(string ActorName, bool Involved, string SpokenValue);

/// <summary>
/// An objective's row. Equal rows (the same values, lists compared item by item) render the same markup: the «once»
/// helper finds a row's block again in the preview's next rebuild when the objective did not change.
/// </summary>
public sealed record ObjectiveRow(
    string Id,
    int Number,
    string Anchor,
    string Text,
    string MissionCode,
    string MissionHref,
    string Permalink,
    ImmutableArray<ActorCell> Actors,
    ImmutableArray<LinkView> Components,
    ImmutableArray<LinkView> Drivers)
{
    public bool Equals(ObjectiveRow? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || Id == other.Id && Number == other.Number && Anchor == other.Anchor && Text == other.Text
            && MissionCode == other.MissionCode && MissionHref == other.MissionHref && Permalink == other.Permalink
            && Actors.SequenceEqual(other.Actors) && Components.SequenceEqual(other.Components) && Drivers.SequenceEqual(other.Drivers));

    public override int GetHashCode() => HashCode.Combine(Id, Text, Actors.Length, Components.Length, Drivers.Length);
}

public sealed record MissionSummary(string Code, int Number, string Title, string Href, int ObjectiveCount);

public sealed record DriverSummary(int Number, string Title, string Subtitle, string Lead, string Href);

public sealed record HomeView(
    TrustedHtml IntroHtml,
    ImmutableArray<MissionSummary> Missions,
    ImmutableArray<DriverSummary> Drivers,
    ImmutableArray<LinkView> Explore,
    ImmutableArray<LinkView> Downloads);

/// <summary>
/// An objectives table as in the official plan: number, text, one column per actor, then the links.
/// The primary table (on the mission page) gives each row its stable anchor and is the one the search
/// indexes; the other tables (component, driver, actor pages) link back to it.
/// </summary>
public sealed record ObjectiveTable(string CaptionId, string Caption, ImmutableArray<string> ActorNames, ImmutableArray<ObjectiveRow> Objectives, bool IsPrimary);

public sealed record MissionView(
    string Code,
    int Number,
    string Title,
    TrustedHtml IntroHtml,
    ImmutableArray<string> Keywords,
    ObjectiveTable Table,
    ImmutableArray<LinkView> Components,
    PagerView Pager);
