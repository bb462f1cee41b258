using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.Playwright;
using PianoSite.Render.Site;
using PianoSite.Write;
using PianoSite.Output;

namespace PianoSite.Pdf;

/// <summary>
/// Serves the rendered website to Chromium from memory through Playwright's request interception: the print page
/// loads its CSS and fonts exactly as a reader's browser would, with no socket, no port and no file on disk.
/// Every request outside the site is refused and remembered, so the PDF can never depend on the network.
/// </summary>
public sealed class InMemorySite
{
    /// <summary>A reserved name (RFC 2606) that can never resolve: nothing leaves the process.</summary>
    public const string Origin = "https://stampa.pianosite.invalid/";

    private readonly ImmutableDictionary<string, ReadOnlyMemory<byte>> files;
    private readonly ConcurrentQueue<string> missing = new();

    /// <param name="siteFiles">the website's files (paths below output/, "site/…"); others are ignored.</param>
    public InMemorySite(IEnumerable<OutputFile> siteFiles)
    {
        var prefix = SiteLayout.Folder + "/";
        files = siteFiles
            .Where(f => f.Path.StartsWith(prefix, StringComparison.Ordinal))
            .GroupBy(f => f.Path[prefix.Length..], StringComparer.Ordinal)
            .ToImmutableDictionary(g => g.Key, g => g.Last().Content, StringComparer.Ordinal);
    }

    /// <summary>Requests the site could not answer (missing files, other hosts), for a diagnostic.</summary>
    public IReadOnlyCollection<string> Missing => missing;

    public static string UrlOf(string sitePath) => Origin + sitePath;

    public async Task HandleAsync(IRoute route)
    {
        var url = new Uri(route.Request.Url);
        if (!route.Request.Url.StartsWith(Origin, StringComparison.Ordinal))
        {
            missing.Enqueue(route.Request.Url);
            await route.AbortAsync("blockedbyclient").ConfigureAwait(false);
            return;
        }
        var path = Uri.UnescapeDataString(url.AbsolutePath.TrimStart('/'));
        if (path.Length == 0 || path.EndsWith('/'))
        {
            path += "index.html";
        }
        if (!files.TryGetValue(path, out var body))
        {
            missing.Enqueue("/" + path);
            await route.FulfillAsync(new RouteFulfillOptions { Status = 404, ContentType = "text/plain", Body = "non trovato" }).ConfigureAwait(false);
            return;
        }
        await route.FulfillAsync(new RouteFulfillOptions
        {
            Status = 200,
            ContentType = ContentType(path),
            BodyBytes = body.ToArray(),
        }).ConfigureAwait(false);
    }

    private static string ContentType(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".json" => "application/json",
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        ".jpg" or ".jpeg" => "image/jpeg",
        ".woff2" => "font/woff2",
        ".woff" => "font/woff",
        ".ttf" => "font/ttf",
        _ => "application/octet-stream",
    };
}
