namespace PianoSite.Render.Site;

/// <summary>
/// A yes/no cell of a matrix (keyword × mission, actor × component): the glyph is for the eye only,
/// screen readers hear <see cref="SpokenValue"/> ("Inclusione: sì").
/// </summary>
public sealed record MarkCell(string Label, bool Marked, string SpokenValue);
