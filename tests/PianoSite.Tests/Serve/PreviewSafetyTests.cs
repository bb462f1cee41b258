namespace PianoSite.Tests.Serve;

/// <summary>
/// What the preview refuses: other hosts (DNS rebinding), traversal in every encoding, huge URLs, other methods,
/// printings asked by other sites. None of these requests changes anything, so they share one server.
/// </summary>
public sealed class PreviewSafetyTests(SharedPreview shared) : IClassFixture<SharedPreview>
{
    private readonly PreviewHarness preview = shared.Preview;

    [Theory]
    [InlineData("/../segreto.txt")]
    [InlineData("/../../../../etc/passwd")]
    [InlineData("/assets/../../segreto.txt")]
    [InlineData("/%2e%2e/segreto.txt")]
    [InlineData("/%2E%2E/%2E%2E/etc/passwd")]
    [InlineData("/..%2fsegreto.txt")]
    [InlineData("/..%2Fsegreto.txt")]
    [InlineData("/%252e%252e/segreto.txt")]
    [InlineData("/%252e%252e%252fsegreto.txt")]
    [InlineData("/..\\segreto.txt")]
    [InlineData("/..%5csegreto.txt")]
    [InlineData("/assets/..%5c..%5csegreto.txt")]
    [InlineData("//etc/passwd")]
    [InlineData("/./index.html")]
    [InlineData("/content/piano.yml")]
    [InlineData("/templates/layouts/base.sbn-html")]
    [InlineData("/segreto.txt")]
    [InlineData("/index.html%00.txt")]
    public async Task Requests_outside_the_site_are_refused(string target)
    {
        var (status, response) = await RawHttp.SendAsync(preview.Port, target, $"127.0.0.1:{preview.Port}");

        Assert.Contains(status, new[] { 400, 404 });
        Assert.DoesNotContain("SEGRETO", response);
        Assert.DoesNotContain("root:", response);
        Assert.DoesNotContain("yaml-language-server", response);
    }

    [Theory]
    [InlineData("evil.example")]
    [InlineData("evil.example:4000")]
    [InlineData("127.0.0.1")]
    [InlineData("localhost")]
    [InlineData("127.0.0.1.nip.io:{port}")]
    [InlineData("localhost.evil.example:{port}")]
    [InlineData("[::1]:{port}")]
    [InlineData("0.0.0.0:{port}")]
    public async Task Only_the_loopback_names_with_the_right_port_are_answered(string host)
    {
        var (status, response) = await RawHttp.SendAsync(preview.Port, "/", host.Replace("{port}", preview.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));

        Assert.Contains(status, new[] { 400, 421 });
        Assert.DoesNotContain("Piano Strategico", response);
    }

    [Fact]
    public async Task A_request_without_host_is_refused()
    {
        var (status, _) = await RawHttp.SendAsync(preview.Port, "/", host: null);
        Assert.Equal(400, status);
    }

    [Theory]
    [InlineData("127.0.0.1:{port}")]
    [InlineData("localhost:{port}")]
    [InlineData("LOCALHOST:{port}")]
    public async Task Loopback_names_are_answered(string host)
    {
        var (status, response) = await RawHttp.SendAsync(preview.Port, "/", host.Replace("{port}", preview.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));

        Assert.Equal(200, status);
        Assert.Contains("Piano Strategico", response);
    }

    [Fact]
    public async Task Very_long_urls_are_refused()
    {
        var (status, _) = await RawHttp.SendAsync(preview.Port, "/" + new string('a', 3000), $"127.0.0.1:{preview.Port}");
        Assert.Equal(414, status);
        var (huge, _) = await RawHttp.SendAsync(preview.Port, "/" + new string('a', 20_000), $"127.0.0.1:{preview.Port}");
        Assert.Equal(414, huge);
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    public async Task Only_get_and_head_are_allowed_on_the_site(string method)
    {
        var (status, _) = await RawHttp.SendAsync(preview.Port, "/", $"127.0.0.1:{preview.Port}", method, "Content-Length: 0\r\n");
        Assert.Equal(405, status);
    }

    [Fact]
    public async Task Head_answers_without_a_body()
    {
        var (status, response) = await RawHttp.SendAsync(preview.Port, "/", $"127.0.0.1:{preview.Port}", "HEAD");
        Assert.Equal(200, status);
        Assert.DoesNotContain("<html", response);
    }

    [Fact]
    public async Task Head_on_the_event_stream_returns_at_once()
    {
        var (status, response) = await RawHttp.SendAsync(preview.Port, "/_preview/events", $"127.0.0.1:{preview.Port}", "HEAD");
        Assert.Equal(200, status);
        Assert.Contains("Content-Type: text/event-stream", response);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("http://evil.example")]
    [InlineData("http://127.0.0.1:1")]
    [InlineData("null")]
    public async Task A_request_not_from_the_preview_prints_nothing(string? origin)
    {
        var originHeader = origin is null ? string.Empty : $"Origin: {origin}\r\n";

        var (status, _) = await RawHttp.SendAsync(preview.Port, "/_preview/pdf", $"127.0.0.1:{preview.Port}", "POST", originHeader + "Content-Length: 0\r\n");

        Assert.Equal(403, status);
        Assert.DoesNotContain("PDF generato", preview.Log);
        Assert.DoesNotContain("PDF non generato", preview.Log);
    }

    [Fact]
    public async Task The_pdf_action_only_accepts_post()
    {
        var (status, response) = await RawHttp.SendAsync(preview.Port, "/_preview/pdf", $"127.0.0.1:{preview.Port}");

        Assert.Equal(405, status);
        Assert.Contains("Allow: POST", response);
    }

    [Fact]
    public async Task Two_hundred_concurrent_requests_are_all_answered()
    {
        var paths = new[] { "/", "/missioni/m1/", "/missioni/m2/index.html", "/assets/css/site.css", "/_preview/reload.js" };
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 200 }) { BaseAddress = preview.Server.Address };

        var responses = await Task.WhenAll(Enumerable.Range(0, 200).Select(async i =>
        {
            using var response = await http.GetAsync(new Uri(paths[i % paths.Length], UriKind.Relative));
            var body = await response.Content.ReadAsByteArrayAsync();
            return (response.StatusCode, body.Length);
        }));

        Assert.All(responses, r => Assert.Equal(System.Net.HttpStatusCode.OK, r.StatusCode));
        Assert.All(responses, r => Assert.True(r.Length > 0));
    }
}
