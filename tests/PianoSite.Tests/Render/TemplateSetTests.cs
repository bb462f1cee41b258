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

    [Fact]
    public void Once_renders_its_block_once_per_object_and_keys()
    {
        using var plan = FixturePlan.Empty();
        plan.Write("templates/pages/x.hbs", "{{#each rows}}{{#once this ../flag}}[{{text}}]{{/once}}{{/each}}");
        var diagnostics = new DiagnosticBag();
        var set = TemplateSet.Load(plan.Root, diagnostics)!;
        var row = new Row("uno");
        var other = new Row("uno");

        var first = set.Render("pages/x", new { flag = true, rows = new[] { row, other } }, diagnostics);
        row.Text = "cambiato";
        var again = set.Render("pages/x", new { flag = true, rows = new[] { row } }, diagnostics);
        var otherKey = set.Render("pages/x", new { flag = false, rows = new[] { row } }, diagnostics);

        Assert.Empty(diagnostics.Items);
        Assert.Equal("[uno][uno]", first);
        Assert.Equal("[uno]", again);            // the same object and key: the remembered HTML
        Assert.Equal("[cambiato]", otherKey);    // another key: rendered anew
    }

    [Fact]
    public void Once_finds_the_block_of_an_equal_object_until_a_run_does_not_use_it()
    {
        using var plan = FixturePlan.Empty();
        plan.Write("templates/pages/x.hbs", "{{#each rows}}{{#once this}}[{{Text}}]{{/once}}{{/each}}");
        var diagnostics = new DiagnosticBag();
        var set = TemplateSet.Load(plan.Root, diagnostics)!;
        string Render(params ValueRow[] rows) => set.Render("pages/x", new { rows }, diagnostics)!;

        Assert.Equal("[uno][due]", Render(new ValueRow("uno", 1), new ValueRow("due", 2)));
        set.ForgetUnusedBlocks();
        Assert.Equal("[uno]", Render(new ValueRow("uno", 1)));              // an equal object: its block, not rendered again
        Assert.Equal("[uno]", Render(new ValueRow("uno", 1) { Extra = "x" }));   // the block depends only on the object's equality
        set.ForgetUnusedBlocks();                                             // «due» was not used by that run
        set.ForgetUnusedBlocks();                                             // nor by this one: every block is gone
        Assert.Equal("[uno bis]", Render(new ValueRow("uno bis", 1)));
        Assert.Empty(diagnostics.Items);
    }

    /// <summary>Equal by <see cref="Key"/>: its text is the block the first equal object rendered.</summary>
    private sealed record ValueRow(string Text, int Key)
    {
        public string Extra { get; init; } = string.Empty;

        public bool Equals(ValueRow? other) => other is not null && other.Key == Key;

        public override int GetHashCode() => Key;
    }

    [Fact]
    public void A_once_block_inside_another_escapes_and_keeps_both_blocks_whole()
    {
        using var plan = FixturePlan.Empty();
        plan.Write("templates/pages/x.hbs", "{{#each rows}}{{#once this}}<tr>{{#once text}}<td>{{text}}</td>{{/once}}<td>{{{text}}}</td></tr>{{/once}}{{/each}}");
        var diagnostics = new DiagnosticBag();
        var set = TemplateSet.Load(plan.Root, diagnostics)!;
        var longText = new string('x', 5000);   // past the 4 KB Handlebars keeps of its own builders

        var html = set.Render("pages/x", new { rows = new[] { new Row("a<b"), new Row(longText), new Row("€ 𝄞") } }, diagnostics);

        Assert.Empty(diagnostics.Items);
        Assert.Equal($"<tr><td>a&lt;b</td><td>a<b</td></tr><tr><td>{longText}</td><td>{longText}</td></tr><tr><td>€ 𝄞</td><td>€ 𝄞</td></tr>", html);
    }

    [Fact]
    public void Once_without_an_object_is_a_template_error()
    {
        using var plan = FixturePlan.Empty();
        plan.Write("templates/pages/x.hbs", "{{#once missing}}x{{/once}}");
        var diagnostics = new DiagnosticBag();

        var html = TemplateSet.Load(plan.Root, diagnostics)!.Render("pages/x", new { missing = (object?)null }, diagnostics);

        Assert.Null(html);
        Assert.Equal("PS4001", Assert.Single(diagnostics.Items).Code);
    }

    private sealed class Row(string text)
    {
        public string Text { get; set; } = text;
    }
}
