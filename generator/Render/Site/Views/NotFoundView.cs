namespace PianoSite.Render.Site;

/// <summary>404.html: where to go from a missing page.</summary>
public sealed record NotFoundView(string HomeHref, string SearchHref);
