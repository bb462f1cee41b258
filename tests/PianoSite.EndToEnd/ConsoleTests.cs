namespace PianoSite.EndToEnd;

/// <summary>
/// No page logs an error or breaks its Content-Security-Policy (a missing asset, a blocked script or style,
/// an inline script would). The search page is opened with a query, so Pagefind's scripts and WebAssembly run too.
/// </summary>
[Collection(SharedSite.Name)]
public class ConsoleTests(BuiltSite site)
{
    private const string CspListener =
        "document.addEventListener('securitypolicyviolation', e => (window.__cspViolations = window.__cspViolations || []).push(e.violatedDirective + ' ' + e.blockedURI));";

    [Fact]
    public async Task No_page_logs_an_error_or_a_csp_violation()
    {
        var page = await site.NewPageAsync();
        await page.AddInitScriptAsync(CspListener);
        var problems = new List<string>();
        var current = string.Empty;
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                problems.Add($"{current}: console {message.Type}: {(message.Text.Length > 200 ? message.Text[..200] + "…" : message.Text)}");
            }
        };
        page.PageError += (_, error) => problems.Add($"{current}: page error: {error}");
        page.RequestFailed += (_, request) => problems.Add($"{current}: request failed: {request.Url}");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                problems.Add($"{current}: HTTP {response.Status} for {response.Url}");
            }
        };
        foreach (var path in site.Pages.Append("cerca/index.html?q=mobilit%C3%A0"))
        {
            current = path;
            await page.GotoAsync(site.UrlOf(path).ToString());
            if (path.Contains("?q=", StringComparison.Ordinal))
            {
                // The status line says when the search has finished, with or without results.
                await page.Locator("#cerca-stato", new() { HasTextString = "«" }).WaitForAsync();
                Assert.True(await page.Locator("#cerca-risultati li").CountAsync() > 0,
                    "the search found nothing: " + await page.Locator("#cerca-stato").TextContentAsync());
            }
            var violations = await page.EvaluateAsync<string[]>("window.__cspViolations || []");
            problems.AddRange(violations.Select(v => $"{path}: CSP violation: {v}"));
        }
        await page.Context.CloseAsync();
        // 404.html is fetched directly, so its own 200 is fine; a 404 status anywhere is a missing file.
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }
}
