namespace PianoSite.Render.Site;

/// <summary>/cerca/: the search form, which submits to <see cref="FormAction"/> (itself) with the words in <c>q</c>.</summary>
public sealed record SearchView(string FormAction);
