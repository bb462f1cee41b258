using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace PianoSite.Serve;

/// <summary>
/// Answers every request of the preview: the guard first (Host, target, method), then the preview's own
/// endpoints under /_preview/, then the files of the site from memory. There is no file-system access here:
/// what is not in the current snapshot does not exist.
/// </summary>
internal sealed class PreviewRequestHandler(PreviewState state, ReloadHub hub, PreviewAssets assets, PreviewSearchIndex search, PreviewPdf pdf)
{
    /// <summary>An idle event stream sends a comment this often, so proxies and browsers keep it open.</summary>
    private static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(15);

    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.CacheControl = "no-store";
        response.Headers["Referrer-Policy"] = "no-referrer";
        response.Headers.XFrameOptions = "DENY";

        var port = context.Connection.LocalPort;
        if (!RequestGuard.IsAllowedHost(request.Headers.Host.ToString(), port))
        {
            await PlainAsync(response, StatusCodes.Status421MisdirectedRequest,
                $"Questa anteprima risponde solo a http://127.0.0.1:{port}/ e http://localhost:{port}/.");
            return;
        }
        var rawTarget = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? string.Empty;
        if (RequestGuard.CheckTarget(rawTarget) is { } refusal)
        {
            await PlainAsync(response, (int)refusal, refusal == HttpStatusCode.RequestUriTooLong
                ? "Indirizzo troppo lungo."
                : "Indirizzo non valido: l'anteprima serve solo le pagine del sito.");
            return;
        }
        var path = request.Path.Value ?? "/";
        if (path == PreviewPages.PdfActionPath)
        {
            await GeneratePdfAsync(context, port);
            return;
        }
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.Headers.Allow = "GET, HEAD";
            await PlainAsync(response, StatusCodes.Status405MethodNotAllowed, "Metodo non ammesso.");
            return;
        }
        if (path == PreviewPages.EventsPath)
        {
            await EventsAsync(context);
            return;
        }
        if (assets.TryGet(path, out var asset))
        {
            await SendAsync(response, StatusCodes.Status200OK, ContentTypes.For(path), asset);
            return;
        }
        await SiteAsync(context, path);
    }

    private async Task SiteAsync(HttpContext context, string path)
    {
        var snapshot = state.Current;
        var response = context.Response;
        if (path.StartsWith(PreviewSearchIndex.UrlPrefix, StringComparison.Ordinal) && snapshot.HasSite)
        {
            var index = await search.FilesForAsync(snapshot, context.RequestAborted);
            if (index.TryGetValue(path[1..], out var file))
            {
                await SendAsync(response, StatusCodes.Status200OK, ContentTypes.For(path), file);
            }
            else
            {
                await PlainAsync(response, StatusCodes.Status404NotFound, "File non trovato.");
            }
            return;
        }
        if (path == Render.Site.SiteRoutes.PdfPath && !snapshot.Files.ContainsKey(path[1..]))
        {
            if (pdf.Last is { } printed)
            {
                await SendAsync(response, StatusCodes.Status200OK, ContentTypes.Pdf, printed.Content);
            }
            else
            {
                await OwnPageAsync(response, StatusCodes.Status404NotFound, PreviewPages.PdfNotYetMade(snapshot));
            }
            return;
        }
        if (SitePaths.Find(path, snapshot.Files) is { } key)
        {
            var content = snapshot.Files[key];
            var type = ContentTypes.For(key);
            await SendAsync(response, StatusCodes.Status200OK, type,
                type == ContentTypes.Html ? PreviewPages.Decorate(content.Span, snapshot) : content);
            return;
        }
        if (SitePaths.FolderRedirect(path, snapshot.Files) is { } folder)
        {
            response.StatusCode = StatusCodes.Status301MovedPermanently;
            response.Headers.Location = folder + context.Request.QueryString;
            return;
        }
        if (!snapshot.HasSite && SitePaths.LooksLikePage(path))
        {
            await OwnPageAsync(response, StatusCodes.Status500InternalServerError, PreviewPages.NoSite(snapshot));
            return;
        }
        if (SitePaths.LooksLikePage(path))
        {
            await OwnPageAsync(response, StatusCodes.Status404NotFound, PreviewPages.NotFound(path, snapshot));
            return;
        }
        await PlainAsync(response, StatusCodes.Status404NotFound, "File non trovato.");
    }

    /// <summary>
    /// «Genera PDF»: a form POST from a page of the preview. The Origin check keeps any other site open in the
    /// same browser from starting printings (the Host check alone does not stop a cross-site form). On success
    /// the browser is sent to the PDF (303), otherwise it gets a page saying why.
    /// </summary>
    private async Task GeneratePdfAsync(HttpContext context, int port)
    {
        var response = context.Response;
        if (!HttpMethods.IsPost(context.Request.Method))
        {
            response.Headers.Allow = "POST";
            await PlainAsync(response, StatusCodes.Status405MethodNotAllowed, "Metodo non ammesso: il PDF si genera con il pulsante «Genera PDF».");
            return;
        }
        if (!RequestGuard.IsSameOrigin(context.Request.Headers.Origin.ToString(), port))
        {
            await PlainAsync(response, StatusCodes.Status403Forbidden, "Richiesta rifiutata: il PDF si genera solo dalle pagine dell'anteprima.");
            return;
        }
        var errors = await pdf.GenerateAsync(context.RequestAborted);
        if (errors.IsEmpty)
        {
            response.StatusCode = StatusCodes.Status303SeeOther;
            response.Headers.Location = Render.Site.SiteRoutes.PdfPath;
            return;
        }
        await OwnPageAsync(response, StatusCodes.Status500InternalServerError, PreviewPages.PdfFailed(errors, state.Current));
    }

    /// <summary>Server-Sent Events: the current version first, then one frame per rebuild that changed the site.</summary>
    private async Task EventsAsync(HttpContext context)
    {
        var response = context.Response;
        var aborted = context.RequestAborted;
        // Listen before reading the version: a rebuild in between is then queued, never lost.
        using var listener = hub.Listen(SitePaths.PageParameter(context.Request.Query["page"].ToString()));
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = ContentTypes.EventStream;
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        if (HttpMethods.IsHead(context.Request.Method))
        {
            // The headers say what the stream is; a HEAD request must not be held open.
            return;
        }
        try
        {
            await response.WriteAsync($"retry: 1000\nevent: version\ndata: {state.Current.Version}\n\n", aborted);
            await response.Body.FlushAsync(aborted);
            while (true)
            {
                using var idle = CancellationTokenSource.CreateLinkedTokenSource(aborted);
                idle.CancelAfter(Heartbeat);
                bool more;
                try
                {
                    more = await listener.Frames.WaitToReadAsync(idle.Token);
                }
                catch (OperationCanceledException) when (!aborted.IsCancellationRequested)
                {
                    await response.WriteAsync(": attivo\n\n", aborted);
                    await response.Body.FlushAsync(aborted);
                    continue;
                }
                if (!more)
                {
                    return;
                }
                while (listener.Frames.TryRead(out var frame))
                {
                    await response.WriteAsync(frame, aborted);
                }
                await response.Body.FlushAsync(aborted);
            }
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
            // The tab was closed or navigated away: nothing to do.
        }
    }

    private static async Task OwnPageAsync(HttpResponse response, int status, byte[] html)
    {
        response.Headers.ContentSecurityPolicy = PreviewPages.ContentSecurityPolicy;
        await SendAsync(response, status, ContentTypes.Html, html);
    }

    private static Task PlainAsync(HttpResponse response, int status, string text) =>
        SendAsync(response, status, ContentTypes.Text, Encoding.UTF8.GetBytes(text + "\n"));

    private static async Task SendAsync(HttpResponse response, int status, string contentType, ReadOnlyMemory<byte> content)
    {
        response.StatusCode = status;
        response.ContentType = contentType;
        response.ContentLength = content.Length;
        await response.Body.WriteAsync(content);
    }
}
