using PianoSite.Diagnostics;

namespace PianoSite.Model;

/// <summary>
/// A link to a page of the site written in the content's Markdown: its address from the site's root
/// ("/missioni/m1/#obiettivo-m1-4") and where it was written, so that a link that leads nowhere is reported at the
/// editor's line, not at the pages that show it.
/// </summary>
public sealed record ProseLink(string Href, SourceSpan Span);
