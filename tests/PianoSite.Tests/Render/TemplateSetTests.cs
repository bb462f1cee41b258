using PianoSite.Diagnostics;
using PianoSite.Render.Templates;
using PianoSite.Tests.Support;

namespace PianoSite.Tests.Render;

public sealed class TemplateSetTests
{
    private const string Hostile = "<script>alert(1)</script>\"'&`=";
    private const string Escaped = "&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#x27;&amp;&#x60;&#x3D;";

    [Theory]
    [InlineData("{{> p}}")]
    [InlineData("  {{> p}}")]
    [InlineData("<div>\n\t\t{{> p}}\n</div>")]
    [InlineData("{{#each items}}\n    {{> p}}\n{{/each}}")]
    [InlineData("    {{#> p}}fallback{{/p}}")]
    public void A_partial_escapes_what_it_prints_however_it_is_called(string page)
    {
        using var plan = FixturePlan.Empty();
        plan.Write("templates/partials/p.hbs", "<p>{{text}}</p>\n  {{> q}}\n");
        plan.Write("templates/partials/q.hbs", "<q>{{text}}</q>\n");
        plan.Write("templates/pages/x.hbs", page);
        var diagnostics = new DiagnosticBag();

        var html = TemplateSet.Load(plan.Root, diagnostics)!.Render("pages/x", new { text = Hostile, items = new[] { new { text = Hostile } } }, diagnostics);

        Assert.Empty(diagnostics.Items);
        Assert.Contains($"<p>{Escaped}</p>", html, StringComparison.Ordinal);
        Assert.Contains($"<q>{Escaped}</q>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Removing_the_indent_of_a_standalone_partial_keeps_every_line_where_it_was()
    {
        const string source = "<main>\n  {{> header}}\n\t{{#> frame}}x{{/frame}}\n  <p>{{> inline}} {{x}}</p>\n</main>\n";

        var result = TemplateSet.WithoutPartialIndent(source);

        Assert.Equal("<main>\n{{> header}}\n{{#> frame}}x{{/frame}}\n  <p>{{> inline}} {{x}}</p>\n</main>\n", result);
    }
}
