using System.Net;
using System.Text.RegularExpressions;
using PianoSite.Tests.Support;

namespace PianoSite.Tests.Serve;

/// <summary>The preview end to end over HTTP: a real server on a free port against a copy of the real plan.</summary>
public sealed partial class PreviewServerTests
{
    private const string Mission = "content/missioni/m1.yml";
    private const string FirstObjective = "Superamento del digital divide ed estensione dei collegamenti 5G ai territori metropolitani";

    [Fact]
    public async Task Serves_the_site_from_memory_with_types_and_safety_headers()
    {
        await using var preview = await PreviewHarness.StartAsync();

        using var home = await preview.Http.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Equal("text/html; charset=utf-8", home.Content.Headers.ContentType!.ToString());
        Assert.Equal("nosniff", home.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-store", home.Headers.CacheControl!.ToString());
        var html = await home.Content.ReadAsStringAsync();
        Assert.Contains("Piano Strategico Triennale del Territorio Metropolitano", html);
        Assert.Contains("_preview/reload.js", html);
        Assert.DoesNotContain("anteprima-pannello", html);

        var (status, mission) = await preview.GetAsync("/missioni/m1/index.html");
        Assert.Equal(200, status);
        Assert.Contains(FirstObjective, mission);

        using var css = await preview.Http.GetAsync(new Uri("/assets/css/site.css", UriKind.Relative));
        Assert.Equal("text/css; charset=utf-8", css.Content.Headers.ContentType!.ToString());
        using var script = await preview.Http.GetAsync(new Uri("/_preview/reload.js", UriKind.Relative));
        Assert.Equal("text/javascript; charset=utf-8", script.Content.Headers.ContentType!.ToString());
        Assert.Contains("EventSource", await script.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_folder_without_its_slash_redirects_and_a_missing_page_is_an_italian_404()
    {
        await using var preview = await PreviewHarness.StartAsync();
        using var noRedirect = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = preview.Server.Address };

        using var folder = await noRedirect.GetAsync(new Uri("/missioni/m1", UriKind.Relative));
        Assert.Equal(HttpStatusCode.MovedPermanently, folder.StatusCode);
        Assert.Equal("/missioni/m1/", folder.Headers.Location!.OriginalString);

        var (status, body) = await preview.GetAsync("/missioni/m9/");
        Assert.Equal(404, status);
        Assert.Contains("Pagina non trovata", body);
        Assert.Contains("lang=\"it\"", body);
        Assert.Contains("/_preview/reload.js", body);

        var (assetStatus, _) = await preview.GetAsync("/assets/css/manca.css");
        Assert.Equal(404, assetStatus);
        // Folders are never listed.
        var (listing, listingBody) = await preview.GetAsync("/assets/");
        Assert.Equal(404, listing);
        Assert.DoesNotContain("site.css", listingBody);
    }

    [Fact]
    public async Task The_event_stream_starts_with_the_version_the_pages_show()
    {
        await using var preview = await PreviewHarness.StartAsync();
        using var events = await preview.OpenEventsAsync();

        Assert.StartsWith("text/event-stream", events.ContentType);
        var (_, home) = await preview.GetAsync("/");
        Assert.Contains($"<meta name=\"pianosite-anteprima\" content=\"{events.InitialVersion}\">", home);
    }

    [Fact]
    public async Task Editing_a_content_file_changes_the_served_page_and_emits_a_reload_event_for_it()
    {
        await using var preview = await PreviewHarness.StartAsync();
        using var events = await preview.OpenEventsAsync();

        preview.Replace(Mission, "Superamento del digital divide", "Superamento del divario digitale");

        var reload = await events.NextReloadOfAsync("/missioni/m1/");
        Assert.False(reload.GetProperty("all").GetBoolean());
        // Only the pages that changed are named: the other missions' pages are untouched.
        Assert.DoesNotContain(reload.GetProperty("paths").EnumerateArray(), p => p.GetString() == "/missioni/m2/");
        var (_, page) = await preview.GetAsync("/missioni/m1/");
        Assert.Contains("Superamento del divario digitale", page);
        Assert.Contains($"<meta name=\"pianosite-anteprima\" content=\"{reload.GetProperty("version").GetString()}\">", page);
        Assert.Matches(RebuildLine(), preview.Log);
    }

    [Fact]
    public async Task The_open_page_is_made_and_reloaded_first_then_the_other_pages_that_changed()
    {
        await using var preview = await PreviewHarness.StartAsync();
        using var open = await preview.OpenEventsAsync("/missioni/m1/");

        preview.Replace(Mission, "Superamento del digital divide", "Superamento del divario digitale");

        // First the open page alone, with nothing else: the other pages are still being made.
        var first = await open.NextReloadOfAsync("/missioni/m1/");
        Assert.False(first.GetProperty("all").GetBoolean());
        Assert.Equal(["/missioni/m1/"], first.GetProperty("paths").EnumerateArray().Select(p => p.GetString()));
        var (_, page) = await preview.GetAsync("/missioni/m1/");
        Assert.Contains("Superamento del divario digitale", page);
        // Then the complete rebuild names the other pages that list the objective, and not the open one again.
        var rest = await open.NextReloadOfAsync("/pnrr/m1c2/");
        Assert.DoesNotContain(rest.GetProperty("paths").EnumerateArray(), p => p.GetString() == "/missioni/m1/");
        var (_, component) = await preview.GetAsync("/pnrr/m1c2/");
        Assert.Contains("Superamento del divario digitale", component);
        Assert.Contains("content/missioni/m1.yml → ", preview.Log);
        Assert.Contains(", pagine aperte: 1 pagina aggiornata", preview.Log);
        Assert.Matches(RebuildLine(), preview.Log);
    }

    [Fact]
    public async Task A_template_change_is_made_whole_at_once_even_with_pages_open()
    {
        await using var preview = await PreviewHarness.StartAsync();
        using var open = await preview.OpenEventsAsync("/missioni/m1/");
        var footer = preview.Read("templates/includes/footer.sbn-html");

        preview.Write("templates/includes/footer.sbn-html", footer + "\n<!-- piè di pagina modificato -->\n");

        var reload = await open.NextReloadOfAsync("/missioni/m1/");
        Assert.Contains("/missioni/m2/", reload.GetProperty("paths").EnumerateArray().Select(p => p.GetString()));
        Assert.DoesNotContain("pagine aperte", preview.Log);
    }

    [Fact]
    public async Task An_error_shows_its_file_line_and_code_over_the_last_good_site_and_fixing_it_restores_the_page()
    {
        await using var preview = await PreviewHarness.StartAsync();
        using var events = await preview.OpenEventsAsync();
        var original = preview.Read(Mission);
        var objectiveLine = preview.LineOf(Mission, "  - n: 1\n");

        // An objective without a PNRR component.
        preview.Replace(Mission, "    components: [M1C2]\n", string.Empty);
        var broken = await events.NextReloadOfAsync("/missioni/m1/");
        Assert.True(broken.GetProperty("all").GetBoolean());

        var (status, page) = await preview.GetAsync("/missioni/m1/");
        Assert.Equal(200, status);
        Assert.Contains("anteprima-errori", page);
        Assert.Contains("1 errore nel piano", page);
        Assert.Contains($"<code class=\"anteprima-dove\">{Mission}:{objectiveLine}:5</code>", page);
        Assert.Contains("errore PS2001", page);
        Assert.Contains("l&#39;obiettivo M1.1 non è collegato ad alcuna componente PNRR", page);
        Assert.Contains($"(riga {objectiveLine}, colonna 5)", page);
        // The last good site is still what is served under the panel.
        Assert.Contains(FirstObjective, page);
        var (_, other) = await preview.GetAsync("/missioni/m2/");
        Assert.Contains("errore PS2001", other);
        Assert.Contains($"{Mission}:{objectiveLine}:5: error PS2001", preview.Log);

        preview.Write(Mission, original);
        var fixedEvent = await events.NextReloadOfAsync("/missioni/m1/");
        Assert.True(fixedEvent.GetProperty("all").GetBoolean());
        var (fixedStatus, fixedPage) = await preview.GetAsync("/missioni/m1/");
        Assert.Equal(200, fixedStatus);
        Assert.DoesNotContain("anteprima-pannello", fixedPage);
        Assert.Contains(FirstObjective, fixedPage);
    }

    [Fact]
    public async Task Broken_yaml_is_reported_at_its_line()
    {
        await using var preview = await PreviewHarness.StartAsync();
        using var events = await preview.OpenEventsAsync();
        var line = preview.LineOf(Mission, "text: Superamento del digital divide");

        // A colon inside unquoted text: YAML reads it as a second key on the same line.
        preview.Replace(Mission, "text: Superamento del digital divide", "text: Superamento: del digital divide");
        await events.NextReloadOfAsync("/");

        var (_, page) = await preview.GetAsync("/");
        Assert.Contains("errore PS1001", page);
        Assert.Contains($"<code class=\"anteprima-dove\">{Mission}:{line}:22</code>", page);
    }

    [Fact]
    public async Task A_template_error_names_the_template_and_fixing_it_restores_the_pages()
    {
        await using var preview = await PreviewHarness.StartAsync();
        using var events = await preview.OpenEventsAsync();
        const string Template = "templates/pages/mission.sbn-html";
        var original = preview.Read(Template);

        preview.Write(Template, original + "\n<p>{{ model.campo_che_non_esiste }}</p>\n");
        await events.NextReloadOfAsync("/missioni/m1/");
        var line = preview.LineOf(Template, "{{ model.campo_che_non_esiste }}");
        var (_, page) = await preview.GetAsync("/missioni/m1/");
        Assert.Contains("errore PS4001", page);
        Assert.Contains($"{Template}:{line}:", page);
        Assert.Contains("campo_che_non_esiste", page);

        preview.Write(Template, original);
        await events.NextReloadOfAsync("/missioni/m1/");
        var (_, restored) = await preview.GetAsync("/missioni/m1/");
        Assert.DoesNotContain("anteprima-pannello", restored);
    }

    [Fact]
    public async Task A_plan_broken_from_the_start_gets_an_error_page_until_it_is_fixed()
    {
        await using var preview = await PreviewHarness.StartAsync(root =>
            File.WriteAllText(Path.Combine(root, "content/piano.yml"),
                File.ReadAllText(Path.Combine(root, "content/piano.yml")).Replace("\ntitle:", "\ntitolo:", StringComparison.Ordinal)));
        using var events = await preview.OpenEventsAsync();

        var (status, page) = await preview.GetAsync("/");
        Assert.Equal(500, status);
        Assert.Contains("Il piano contiene errori", page);
        Assert.Contains("errore PS1002", page);
        Assert.Contains("forse si intendeva «title»?", page);
        Assert.Contains($"content/piano.yml:{preview.LineOf("content/piano.yml", "titolo:")}:1", page);
        Assert.Contains("/_preview/reload.js", page);
        var (_, missing) = await preview.GetAsync("/missioni/m1/");
        Assert.Contains("Il piano contiene errori", missing);

        preview.Replace("content/piano.yml", "\ntitolo:", "\ntitle:");
        await events.NextReloadOfAsync("/");
        var (fixedStatus, home) = await preview.GetAsync("/");
        Assert.Equal(200, fixedStatus);
        Assert.Contains("Piano Strategico Triennale del Territorio Metropolitano", home);
        Assert.DoesNotContain("anteprima-pannello", home);
    }

    [Fact]
    public async Task A_warning_is_shown_less_loudly_and_does_not_hide_the_new_content()
    {
        await using var preview = await PreviewHarness.StartAsync();
        using var events = await preview.OpenEventsAsync();

        // A file the plan does not know: a warning (PS0006), not an error.
        preview.Write("content/appunti.txt", "da fare\n");
        await events.NextReloadOfAsync("/");

        var (status, page) = await preview.GetAsync("/");
        Assert.Equal(200, status);
        Assert.Contains("anteprima-avvisi", page);
        Assert.DoesNotContain("anteprima-errori", page);
        Assert.Contains("1 avviso da controllare", page);
        Assert.Contains("avviso PS0006", page);
        Assert.Contains("content/appunti.txt", page);
    }

    [Fact]
    public async Task The_search_index_is_built_when_asked_for_and_again_after_a_change()
    {
        await using var preview = await PreviewHarness.StartAsync();
        using var events = await preview.OpenEventsAsync();

        using var script = await preview.Http.GetAsync(new Uri("/pagefind/pagefind.js", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal("text/javascript; charset=utf-8", script.Content.Headers.ContentType!.ToString());
        var (_, entry) = await preview.GetAsync("/pagefind/pagefind-entry.json");
        Assert.Contains("\"languages\"", entry);
        var (_, again) = await preview.GetAsync("/pagefind/pagefind-entry.json");
        Assert.Equal(entry, again);
        Assert.Single(SearchLines(preview.Log));

        preview.Replace(Mission, "Superamento del digital divide", "Superamento del divario digitale");
        await events.NextReloadOfAsync("/missioni/m1/");
        var (status, rebuilt) = await preview.GetAsync("/pagefind/pagefind-entry.json");

        Assert.Equal(200, status);
        Assert.NotEqual(entry, rebuilt);
        Assert.Equal(2, SearchLines(preview.Log).Count());
    }

    [Fact]
    public async Task A_port_already_in_use_is_a_diagnostic_not_a_crash()
    {
        using var plan = FixturePlan.RealContent();
        var taken = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        try
        {
            var port = ((IPEndPoint)taken.LocalEndpoint).Port;
            using var output = new StringWriter();

            var code = await PianoSite.Serve.PreviewCommand.RunAsync(new PianoSite.Serve.PreviewOptions(plan.Root, port), output, CancellationToken.None);

            Assert.Equal(1, code);
            Assert.Contains($"error PS8001: impossibile aprire l'anteprima sulla porta {port}", output.ToString());
            Assert.DoesNotContain("   at ", output.ToString());
        }
        finally
        {
            taken.Stop();
        }
    }

    private static IEnumerable<string> SearchLines(string log) =>
        log.Split('\n').Where(line => line.Contains(" indice di ricerca → ", StringComparison.Ordinal));

    [GeneratedRegex(@"\d\d:\d\d:\d\d content/missioni/m1\.yml → \d+ ms, \d+ pagin[ae] aggiornat[ae]; 0 errori, 0 avvisi")]
    private static partial Regex RebuildLine();
}
