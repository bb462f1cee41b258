using PianoSite.Model;

namespace PianoSite.Render.Templates;

/// <summary>
/// HTML that templates write as it is. Every other value a template writes is HTML-encoded
/// (<see cref="HtmlTemplateContext"/>), so this is the one way markup reaches a page from a view model, and only the
/// renderer makes it: from the Markdown the parse stage rendered itself (<see cref="Prose"/>, raw HTML refused),
/// from the output of its own templates (a page's content inside its layout), and for the one string it escapes
/// itself for another syntax (the print page's running head, a CSS string inside its style element). Used anywhere else as text (joined to a
/// string, say), it becomes that text and is encoded like any other.
/// </summary>
public sealed class TrustedHtml : IEquatable<TrustedHtml>
{
    private TrustedHtml(string html) => Html = html;

    public static TrustedHtml Empty { get; } = new(string.Empty);

    public string Html { get; }

    /// <summary>The HTML of prose the parse stage rendered from Markdown.</summary>
    public static TrustedHtml Of(Prose? prose) => prose is null || prose.Html.Length == 0 ? Empty : new(prose.Html);

    /// <summary>Output of the project's own templates (or code), whose values were encoded as they were written.</summary>
    internal static TrustedHtml Rendered(string html) => new(html);

    public bool Equals(TrustedHtml? other) => other is not null && Html == other.Html;

    public override bool Equals(object? obj) => Equals(obj as TrustedHtml);

    public override int GetHashCode() => Html.GetHashCode(StringComparison.Ordinal);

    /// <summary>The HTML as text: written this way (inside a string), it is encoded like any other text.</summary>
    public override string ToString() => Html;
}
