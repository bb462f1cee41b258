namespace PianoSite.Verify;

/// <summary>
/// A link found on a page: the attribute's value and where it is written in the page (line and column; the file
/// is the page's). A value type, without a span object of its own: a large plan's pages hold close to a million links,
/// all kept until the links are checked across pages.
/// </summary>
public readonly record struct PageLink(string Href, int Line, int Column);
