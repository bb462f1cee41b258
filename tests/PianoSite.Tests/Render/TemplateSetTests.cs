using PianoSite.Diagnostics;
using PianoSite.Model;
using PianoSite.Render.Site;
using PianoSite.Render.Templates;
using PianoSite.Tests.Support;
using Scriban.Runtime;

namespace PianoSite.Tests.Render;

/// <summary>
/// The template engine's contract for designers (docs/modelli.md): every value a template writes is encoded,
/// whichever Scriban path it takes; only the renderer's own HTML passes; names are strict; rows are rendered once
/// and only from their own data; loops and includes are bounded; the clock is not there.
/// </summary>
public sealed class TemplateSetTests
{
    private const string Hostile = "<script>alert(1)</script>\"'&`=";
    private const string Escaped = "&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#x27;&amp;&#x60;&#x3D;";

    private static (TemplateSet Set, DiagnosticBag Diagnostics) Load(params (string Path, string Text)[] files)
    {
        using var plan = FixturePlan.Empty();
        foreach (var (path, text) in files)
        {
            plan.Write(path, text);
        }
        var diagnostics = new DiagnosticBag();
        var set = TemplateSet.Load(plan.Root, diagnostics);
        Assert.True(set is not null, string.Join('\n', diagnostics.Items));
        return (set, diagnostics);
    }

    private static string? Render(string page, ScriptObject model, params (string Path, string Text)[] others)
    {
        var (set, diagnostics) = Load([("templates/pages/x.sbn-html", page), .. others]);
        var html = set.Render("pages/x", model, diagnostics);
        Assert.Empty(diagnostics.Items);
        return html;
    }

    private static ScriptObject Data(object? value) => new() { ["text"] = value };

    [Theory]
    [InlineData("{{ text }}")]
    [InlineData("<a title=\"{{ text }}\" href='{{ text }}' data-x={{ text }}>x</a>")]
    [InlineData("{{ text | string.strip }}")]
    [InlineData("{{ string.append text '' }}")]
    [InlineData("{{ text + '' }}")]
    [InlineData("{{ [text] }}")]
    [InlineData("{{ for t in [text, text] }}{{ t }}{{ end }}")]
    [InlineData("{{ x = text }}{{ x }}")]
    [InlineData("{{ capture c }}{{ text }}{{ end }}{{ c | string.size }}")]
    public void Every_value_a_template_writes_is_encoded_whatever_path_it_takes(string page)
    {
        var html = Render(page, Data(Hostile))!;

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("\"'", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_seven_characters_are_encoded_exactly_as_before_and_nothing_else()
    {
        Assert.Equal(Escaped, Render("{{ text }}", Data(Hostile)));
        Assert.Equal("Città – € 𝄞 \\ /", Render("{{ text }}", Data("Città – € 𝄞 \\ /")));
    }

    [Fact]
    public void Numbers_lists_and_booleans_are_written_invariantly_and_encoded()
    {
        var model = new ScriptObject { ["n"] = 1234.5, ["i"] = 7, ["b"] = true, ["list"] = new[] { "a<b", "c" } };

        Assert.Equal("1234.5|7|true|[&quot;a&lt;b&quot;, &quot;c&quot;]", Render("{{ n }}|{{ i }}|{{ b }}|{{ list }}", model));
    }

    [Fact]
    public void A_view_models_fields_are_encoded_too()
    {
        var model = new ScriptObject { ["link"] = new LinkView(Hostile, "/a?b=1&c=2", Hostile) };

        Assert.Equal($"<a href=\"/a?b&#x3D;1&amp;c&#x3D;2\" title=\"{Escaped}\">{Escaped}</a>",
            Render("<a href=\"{{ link.href }}\" title=\"{{ link.title }}\">{{ link.label }}</a>", model));
    }

    [Fact]
    public void Only_trusted_html_passes_as_it_is_and_used_as_text_it_is_text()
    {
        var prose = new Prose("*x*", "<p><em>x</em> &amp; y</p>", "x & y", SourceSpan.WholeFile("content/pagine/x.md"));
        var model = new ScriptObject { ["html"] = TrustedHtml.Of(prose), ["raw"] = "<p>x</p>" };

        Assert.Equal("<p><em>x</em> &amp; y</p>|&lt;p&gt;x&lt;/p&gt;|&lt;p&gt;&lt;em&gt;x&lt;/em&gt; &amp;amp; y&lt;/p&gt;!",
            Render("{{ html }}|{{ raw }}|{{ html + '!' }}", model));
    }

    [Theory]
    [InlineData("{{ include 'p' text: text }}")]
    [InlineData("  {{ include 'p' text: text }}")]
    [InlineData("<div>\n\t\t{{~ include 'p' text: text ~}}\n</div>")]
    [InlineData("{{ for item in items }}\n    {{ include 'p' text: item }}\n{{ end }}")]
    public void An_include_is_encoded_once_however_it_is_called(string page)
    {
        var model = new ScriptObject { ["text"] = Hostile, ["items"] = new[] { Hostile } };

        var html = Render(page, model,
            ("templates/includes/p.sbn-html", "<p>{{ text }}</p>\n  {{ include 'q' text: text }}\n"),
            ("templates/includes/q.sbn-html", "<q>{{ text }}</q>\n"))!;

        Assert.Contains($"<p>{Escaped}</p>", html, StringComparison.Ordinal);
        Assert.Contains($"<q>{Escaped}</q>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("&amp;lt;", html, StringComparison.Ordinal);   // not encoded twice
    }

    [Fact]
    public void An_include_sees_its_named_values_and_the_pages_variables_and_writes_in_place()
    {
        var model = new ScriptObject { ["site"] = "sito", ["rows"] = new[] { "a", "b" } };

        var html = Render("[{{ for r in rows }}{{ include 'cell' value: r }}{{ end }}]", model,
            ("templates/includes/cell.sbn-html", "({{ value }} {{ site }})"));

        Assert.Equal("[(a sito)(b sito)]", html);
    }

    [Fact]
    public void A_row_is_rendered_once_per_value_and_a_changed_row_is_rendered_anew()
    {
        var (set, diagnostics) = Load(
            ("templates/pages/x.sbn-html", "{{ for r in rows }}{{ render_row 'r' r }}{{ end }}"),
            ("templates/rows/r.sbn-html", "[{{ row.label }}]"));
        string Page(params LinkView[] rows) => set.Render("pages/x", new ScriptObject { ["rows"] = rows }, diagnostics)!;

        Assert.Equal("[uno][uno][due]", Page(new LinkView("uno", "/1"), new LinkView("uno", "/1"), new LinkView("due", "/2")));
        Assert.Equal(2, set.Rows.Count);
        Assert.Equal("[tre]", Page(new LinkView("tre", "/1")));          // another value: its own row, never a stale one
        set.Rows.ForgetUnused();
        Assert.Equal("[uno]", Page(new LinkView("uno", "/1")));
        set.Rows.ForgetUnused();                                            // «due» and «tre» were not used by that run
        Assert.Equal(1, set.Rows.Count);
        Assert.Empty(diagnostics.Items);
    }

    [Fact]
    public void Rows_are_the_same_markup_with_the_cache_off()
    {
        using var plan = FixturePlan.Empty();
        plan.Write("templates/pages/x.sbn-html", "{{ for r in rows }}<tr>{{ render_row 'r' r }}</tr>{{ end }}");
        plan.Write("templates/rows/r.sbn-html", "<td>{{ row.label }}</td><td>{{ row.href }}</td>");
        var sources = TemplateSet.ReadSources(plan.Root, new DiagnosticBag())!.Value;
        var model = new ScriptObject { ["rows"] = new[] { new LinkView(Hostile, "/1"), new LinkView("b", "/2"), new LinkView(Hostile, "/1") } };
        var diagnostics = new DiagnosticBag();

        var cached = TemplateSet.Compile(sources, diagnostics)!;
        var uncached = TemplateSet.Compile(sources, diagnostics, rowCache: false)!;

        Assert.Equal(cached.Render("pages/x", model, diagnostics), uncached.Render("pages/x", model, diagnostics));
        Assert.Equal(0, uncached.Rows.Count);
        Assert.Empty(diagnostics.Items);
    }

    [Fact]
    public void A_row_sees_only_its_row()
    {
        var (set, diagnostics) = Load(
            ("templates/pages/x.sbn-html", "{{ render_row 'r' link }}"),
            ("templates/rows/r.sbn-html", "{{ row.label }}\n{{ secret }}"));

        Assert.Null(set.Render("pages/x", new ScriptObject { ["link"] = new LinkView("a", "/"), ["secret"] = "s" }, diagnostics));

        var error = Assert.Single(diagnostics.Items);
        Assert.Equal(("PS4001", "templates/rows/r.sbn-html", 2), (error.Code, error.Span.File, error.Span.Line));
        Assert.Contains("«secret» non esiste", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{{ testo }}", "«testo» non esiste")]
    [InlineData("{{ link.sottotitolo }}", "il campo «sottotitolo» non esiste")]
    [InlineData("{{ link.title.size }}", "si legge un campo di un valore vuoto")]
    [InlineData("{{ date.now }}", "«date» non esiste")]
    [InlineData("{{ html.escape 'x' }}", "«html» non esiste")]
    [InlineData("{{ model.intro.markdown }}", "il campo «markdown» non esiste")]
    [InlineData("{{ for i in 1..1000 }}{{ for j in 1..1001 }}{{ end }}{{ end }}", "un ciclo supera il limite di 1000000 ripetizioni")]
    [InlineData("{{ include 'self' }}", "troppi frammenti uno dentro l'altro")]
    [InlineData("{{ render_row 'nessuna' link }}", "modello di riga «nessuna» non trovato: va creato come templates/rows/nessuna.sbn-html")]
    [InlineData("{{ render_row 'self' null }}", "«render_row» vuole il nome del modello di riga tra virgolette e la riga da scrivere")]
    [InlineData("{{ include }}", "«include» riceve 0 argomenti invece di 1")]
    [InlineData("{{ include 'self' 'altro' }}", "«include» vuole il nome del frammento")]
    public void A_mistake_is_an_Italian_diagnostic_at_its_line(string line, string message)
    {
        var (set, diagnostics) = Load(
            ("templates/pages/x.sbn-html", "<p>\n" + line + "\n</p>"),
            ("templates/includes/self.sbn-html", "{{ include 'self' }}"));
        var model = new ScriptObject
        {
            ["link"] = new LinkView("a", "/"),
            // A model record, not a view model: templates see no fields of it.
            ["model"] = new ScriptObject { ["intro"] = new Prose("x", "<p>x</p>", "x", SourceSpan.WholeFile("content/x.md")) },
        };

        Assert.Null(set.Render("pages/x", model, diagnostics));

        var error = Assert.Single(diagnostics.Items);
        Assert.Equal("PS4001", error.Code);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.True(error.Span.File.StartsWith("templates/", StringComparison.Ordinal), error.ToString());
        if (error.Span.File == "templates/pages/x.sbn-html")
        {
            Assert.Equal(2, error.Span.Line);
        }
    }

    [Fact]
    public void Output_is_never_cut_short()
    {
        var big = new string('x', 3 << 20);

        Assert.Equal(big.Length * 2, Render("{{ text }}{{ text }}", Data(big))!.Length);
    }

    [Fact]
    public void A_parse_error_names_the_file_line_and_column_and_the_set_is_not_made()
    {
        using var plan = FixturePlan.Empty();
        plan.Write("templates/pages/x.sbn-html", "<p>ok</p>\n<ul>{{ for x in list }}<li>{{ x }}</li>\n</ul>\n");
        plan.Write("templates/includes/y.sbn-html", "{{ end }}");
        var diagnostics = new DiagnosticBag();

        Assert.Null(TemplateSet.Load(plan.Root, diagnostics));

        Assert.Collection(diagnostics.Items.OrderBy(d => d.Span.File, StringComparer.Ordinal),
            d => Assert.Equal(("templates/includes/y.sbn-html", 1, "«{{ end }}» chiude un blocco che non è stato aperto"), (d.Span.File, d.Span.Line, d.Message)),
            d => Assert.Equal(("templates/pages/x.sbn-html", "il blocco «for» non è chiuso: manca {{ end }} prima della fine del file"), (d.Span.File, d.Message)));
    }
}
