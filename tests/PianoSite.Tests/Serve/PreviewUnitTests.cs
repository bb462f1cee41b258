using System.Collections.Frozen;
using System.Net;
using PianoSite.Diagnostics;
using PianoSite.Pipeline;
using PianoSite.Serve;
using PianoSite.Write;

namespace PianoSite.Tests.Serve;

public sealed class PreviewUnitTests
{
    [Theory]
    [InlineData("/", null)]
    [InlineData("/missioni/m1/index.html", null)]
    [InlineData("/missioni/m1/?q=1", null)]
    [InlineData("/cerca/?q=..%2f", null)]
    [InlineData("/../x", HttpStatusCode.BadRequest)]
    [InlineData("/a/./b", HttpStatusCode.BadRequest)]
    [InlineData("/%2E%2e/x", HttpStatusCode.BadRequest)]
    [InlineData("/a%2Fb", HttpStatusCode.BadRequest)]
    [InlineData("/a%5Cb", HttpStatusCode.BadRequest)]
    [InlineData("/%252e%252e/x", HttpStatusCode.BadRequest)]
    [InlineData("/a\\b", HttpStatusCode.BadRequest)]
    [InlineData("//host/x", HttpStatusCode.BadRequest)]
    [InlineData("http://127.0.0.1:4000/", HttpStatusCode.BadRequest)]
    [InlineData("*", HttpStatusCode.BadRequest)]
    [InlineData("/a\u0001b", HttpStatusCode.BadRequest)]
    public void Request_targets_are_checked_as_sent(string target, HttpStatusCode? expected) =>
        Assert.Equal(expected, RequestGuard.CheckTarget(target));

    [Fact]
    public void A_target_longer_than_the_limit_is_too_long() =>
        Assert.Equal(HttpStatusCode.RequestUriTooLong, RequestGuard.CheckTarget("/" + new string('a', RequestGuard.MaxTargetLength)));

    [Theory]
    [InlineData("http://127.0.0.1:4000", true)]
    [InlineData("http://localhost:4000", true)]
    [InlineData("http://localhost:4001", false)]
    [InlineData("https://localhost:4000", false)]
    [InlineData("http://evil.example", false)]
    [InlineData("null", false)]
    [InlineData(null, false)]
    public void A_post_must_come_from_the_preview_itself(string? origin, bool allowed) =>
        Assert.Equal(allowed, RequestGuard.IsSameOrigin(origin, 4000));

    [Fact]
    public void Request_paths_map_to_site_files_and_back()
    {
        var files = new Dictionary<string, ReadOnlyMemory<byte>>(StringComparer.Ordinal)
        {
            ["index.html"] = Array.Empty<byte>(),
            ["missioni/m1/index.html"] = Array.Empty<byte>(),
            ["assets/css/site.css"] = Array.Empty<byte>(),
        }.ToFrozenDictionary(StringComparer.Ordinal);

        Assert.Equal("index.html", SitePaths.Find("/", files));
        Assert.Equal("missioni/m1/index.html", SitePaths.Find("/missioni/m1/", files));
        Assert.Equal("missioni/m1/index.html", SitePaths.Find("/missioni/m1/index.html", files));
        Assert.Null(SitePaths.Find("/missioni/m1", files));
        Assert.Equal("/missioni/m1/", SitePaths.FolderRedirect("/missioni/m1", files));
        Assert.Null(SitePaths.Find("/assets/", files));
        Assert.Null(SitePaths.FolderRedirect("/assets/css", files));
        Assert.Equal("/", SitePaths.UrlPath("index.html"));
        Assert.Equal("/missioni/m1/", SitePaths.UrlPath("missioni/m1/index.html"));
        Assert.Equal("/assets/css/site.css", SitePaths.UrlPath("assets/css/site.css"));
    }

    [Fact]
    public void Publishing_names_only_the_pages_that_changed_and_keeps_the_last_good_site_on_errors()
    {
        var state = new PreviewState();
        var first = state.Publish(Result([], ("site/index.html", "casa"), ("site/missioni/m1/index.html", "m1"), ("site/dati/obiettivi.csv", "a"), ("site/pagefind/pagefind-entry.json", "1")));
        Assert.NotNull(first);
        var firstVersion = state.Current.Version;

        Assert.Null(state.Publish(Result([], ("site/index.html", "casa"), ("site/missioni/m1/index.html", "m1"), ("site/dati/obiettivi.csv", "a"), ("site/pagefind/pagefind-entry.json", "1"))));
        Assert.Equal(firstVersion, state.Current.Version);

        var page = state.Publish(Result([], ("site/index.html", "casa"), ("site/missioni/m1/index.html", "m1 nuovo"), ("site/dati/obiettivi.csv", "b"), ("site/pagefind/pagefind-entry.json", "2")));
        // The open data and the search index changed too, but no page looks different because of them.
        Assert.False(page!.All);
        Assert.Equal(new[] { "/missioni/m1/" }, page.Paths.ToArray());

        var error = Diagnostic.Error(Codes.ObjectiveWithoutComponent, new SourceSpan("content/missioni/m1.yml", 6, 5), "messaggio");
        var broken = state.Publish(Result([error], ("site/index.html", "rotto")));
        Assert.True(broken!.All);
        Assert.True(state.Current.IsStale);
        Assert.Equal("m1 nuovo", System.Text.Encoding.UTF8.GetString(state.Current.Files["missioni/m1/index.html"].Span));
        Assert.Equal(new[] { error }, state.Current.Diagnostics.ToArray());

        var asset = state.Publish(Result([], ("site/index.html", "casa"), ("site/missioni/m1/index.html", "m1 nuovo"), ("site/assets/css/site.css", "body{}")));
        Assert.True(asset!.All);
        Assert.False(state.Current.IsStale);
        Assert.False(state.Current.Files.ContainsKey("dati/obiettivi.csv"));
    }

    [Fact]
    public void Publishing_the_open_pages_first_replaces_them_and_keeps_every_other_file()
    {
        var state = new PreviewState();
        var warning = Diagnostic.Warning(Codes.DuplicateObjectiveText, new SourceSpan("content/missioni/m1.yml", 9, 5), "testo ripetuto", "M1.2");
        state.Publish(Result([warning], ("site/index.html", "casa"), ("site/missioni/m1/index.html", "m1"), ("site/missioni/m2/index.html", "m2"), ("site/dati/obiettivi.csv", "a")));

        var part = state.PublishPages(Result([warning], ("site/missioni/m1/index.html", "m1 nuovo")));

        Assert.False(part!.All);
        Assert.Equal(new[] { "/missioni/m1/" }, part.Paths.ToArray());
        Assert.Equal("m1 nuovo", System.Text.Encoding.UTF8.GetString(state.Current.Files["missioni/m1/index.html"].Span));
        // What the part did not make is served as before, until the complete rebuild says otherwise.
        Assert.Equal(["dati/obiettivi.csv", "index.html", "missioni/m1/index.html", "missioni/m2/index.html"], state.Current.Files.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(new[] { warning }, state.Current.Diagnostics.ToArray());

        // The complete rebuild that follows names only what the part had not already published.
        var whole = state.Publish(Result([warning], ("site/index.html", "casa nuova"), ("site/missioni/m1/index.html", "m1 nuovo"), ("site/missioni/m2/index.html", "m2"), ("site/dati/obiettivi.csv", "a")));
        Assert.Equal(new[] { "/" }, whole!.Paths.ToArray());
        Assert.False(whole.All);

        // The same pages again: nothing to reload.
        Assert.Null(state.PublishPages(Result([warning], ("site/missioni/m1/index.html", "m1 nuovo"))));
    }

    [Fact]
    public void A_part_of_a_rebuild_with_errors_is_never_published_as_a_part()
    {
        var state = new PreviewState();
        var error = Diagnostic.Error(Codes.ObjectiveWithoutComponent, new SourceSpan("content/missioni/m1.yml", 6, 5), "messaggio");

        Assert.Throws<ArgumentException>(() => state.PublishPages(Result([error], ("site/missioni/m1/index.html", "m1"))));
    }

    [Fact]
    public void The_hub_knows_which_pages_are_open_while_their_streams_are()
    {
        var hub = new ReloadHub();
        using var first = hub.Listen("/missioni/m1/");
        using var same = hub.Listen("/missioni/m1/");
        using var unknown = hub.Listen(null);
        var other = hub.Listen("/attori/comuni/");

        Assert.Equal(["/attori/comuni/", "/missioni/m1/"], hub.OpenPages().Order(StringComparer.Ordinal));
        other.Dispose();
        Assert.Equal(["/missioni/m1/"], hub.OpenPages());
    }

    [Theory]
    [InlineData("/missioni/m1/", "/missioni/m1/")]
    [InlineData("/", "/")]
    [InlineData("/404.html", "/404.html")]
    [InlineData("", null)]
    [InlineData("missioni/m1/", null)]
    [InlineData("/assets/css/site.css", null)]
    [InlineData("/missioni/\n/", null)]
    [InlineData("/missioni/\u0000/", null)]
    public void Only_a_page_path_is_kept_as_the_page_of_an_event_stream(string sent, string? kept) =>
        Assert.Equal(kept, SitePaths.PageParameter(sent));

    [Fact]
    public void A_page_parameter_longer_than_any_address_is_not_kept() =>
        Assert.Null(SitePaths.PageParameter("/" + new string('a', 600) + "/"));

    [Fact]
    public void Accepted_warnings_are_not_shown_and_others_are()
    {
        var state = new PreviewState();
        var accepted = Diagnostic.Warning(Codes.DuplicateObjectiveText, SourceSpan.WholeFile("content/missioni/m2.yml"), "testo ripetuto") with { AcceptedBecause = "fedele" };
        var open = Diagnostic.Warning(Codes.UnexpectedFile, SourceSpan.WholeFile("content/x.txt"), "file non riconosciuto");

        state.Publish(Result([accepted, open], ("site/index.html", "<html><head></head><body><h1>Piano</h1></body></html>")));

        Assert.Equal(new[] { open }, state.Current.Diagnostics.ToArray());
        var page = System.Text.Encoding.UTF8.GetString(PreviewPages.Decorate(state.Current.Files["index.html"].Span, state.Current));
        Assert.Contains("anteprima-avvisi", page);
        Assert.DoesNotContain("testo ripetuto", page);
        Assert.Contains("<h1>Piano</h1>", page);
    }

    [Fact]
    public void The_panel_escapes_what_it_shows()
    {
        var state = new PreviewState();
        state.Publish(Result([], ("site/index.html", "<html><head></head><body></body></html>")));
        var hostile = Diagnostic.Error(Codes.YamlSyntax, new SourceSpan("content/<script>.yml", 1, 1), "<img src=x onerror=alert(1)> & \"'");
        state.Publish(Result([hostile]));

        var page = System.Text.Encoding.UTF8.GetString(PreviewPages.Decorate(state.Current.Files["index.html"].Span, state.Current));

        Assert.DoesNotContain("<script>", page);
        Assert.DoesNotContain("<img", page);
        Assert.Contains("content/&lt;script&gt;.yml:1:1", page);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt; &amp; &quot;&#39;", page);
    }

    private static BuildResult Result(IReadOnlyList<Diagnostic> diagnostics, params (string Path, string Text)[] files) =>
        new(null, diagnostics, [.. files.Select(f => new OutputFile(f.Path, System.Text.Encoding.UTF8.GetBytes(f.Text)))], Strict: false);
}
