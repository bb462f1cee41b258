using System.Diagnostics;
using System.Net;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using PianoSite.Pipeline;

namespace PianoSite.Serve;

/// <summary>
/// The editors' preview: builds the site in memory with the same pipeline as <c>build</c>, serves it on the
/// loopback interface, watches content/ and templates/, rebuilds after each burst of saves and tells the open
/// pages to reload. Only the writer (memory instead of disk) and the reload hook differ from a build.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    /// <summary>The change that asks for one more rebuild after files could not be read because they were changing.</summary>
    private const string Retry = "(nuovo tentativo)";

    private readonly WebApplication app;
    private readonly ChangeWatcher watcher;
    private readonly PreviewSearchIndex search;
    private readonly PreviewPdf pdf;
    private readonly Channel<string> changes;
    private readonly CancellationTokenSource stopping = new();
    private readonly Task loop;
    private bool stopped;

    private PreviewServer(WebApplication app, ChangeWatcher watcher, PreviewSearchIndex search, PreviewPdf pdf, Channel<string> changes,
        PreviewBuilder builder, PreviewState state, ReloadHub hub, PreviewOptions options, Uri address)
    {
        this.app = app;
        this.watcher = watcher;
        this.search = search;
        this.pdf = pdf;
        this.changes = changes;
        State = state;
        Hub = hub;
        Address = address;
        loop = Task.Run(() => RebuildLoopAsync(builder, options, stopping.Token));
    }

    /// <summary>Where the preview answers, e.g. http://127.0.0.1:4000/.</summary>
    public Uri Address { get; }

    internal PreviewState State { get; }

    internal ReloadHub Hub { get; }

    /// <summary>Builds the site once, then starts listening and watching. Throws <see cref="IOException"/> when the port is taken.</summary>
    public static async Task<PreviewServer> StartAsync(PreviewOptions options, TextWriter log, CancellationToken cancellationToken = default)
    {
        var root = Path.GetFullPath(options.Root);
        var state = new PreviewState();
        var hub = new ReloadHub();
        var assets = PreviewAssets.Load();
        var templatesRoot = Path.GetFullPath(options.Templates);
        var buildOptions = new BuildOptions(root, Output: string.Empty, Browser: options.Browser) { TemplatesRoot = templatesRoot };
        var builder = new PreviewBuilder(new BuildPipeline(buildOptions), assets.AsSiteFiles(), state, hub, log, TimeProvider.System, options.Timings);
        var changes = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
        // Watch before the first build, so that a file saved while it runs is not missed.
        var watcher = new ChangeWatcher(root, templatesRoot, changes.Writer);
        var search = new PreviewSearchIndex(templatesRoot, log, TimeProvider.System);
        var pdf = new PreviewPdf(buildOptions, assets.AsSiteFiles(), log, TimeProvider.System);
        WebApplication? app = null;
        try
        {
            builder.Rebuild([], CancellationToken.None);
            app = CreateApp(options.Port, new PreviewRequestHandler(state, hub, assets, search, pdf));
            await app.StartAsync(cancellationToken);
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new PreviewServer(app, watcher, search, pdf, changes, builder, state, hub, options, new Uri(address.TrimEnd('/') + "/"));
        }
        catch
        {
            watcher.Dispose();
            search.Dispose();
            pdf.Dispose();
            if (app is not null)
            {
                await app.DisposeAsync();
            }
            throw;
        }
    }

    /// <summary>Stops watching, ends the open event streams, and stops the server.</summary>
    public async Task StopAsync()
    {
        if (stopped)
        {
            return;
        }
        stopped = true;
        watcher.Dispose();
        changes.Writer.TryComplete();
        await stopping.CancelAsync();
        Hub.Close();
        await app.StopAsync(CancellationToken.None);
        try
        {
            await loop;
        }
        catch (OperationCanceledException)
        {
            // The loop ends by cancellation.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        await app.DisposeAsync();
        search.Dispose();
        pdf.Dispose();
        stopping.Dispose();
    }

    private static WebApplication CreateApp(int port, PreviewRequestHandler handler)
    {
        // The empty builder reads no configuration, environment variables or appsettings: nothing from outside
        // can make the preview listen elsewhere than on the loopback interface.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(IPAddress.Loopback, port);
            kestrel.Limits.MaxRequestLineSize = 8 * 1024;
            kestrel.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
            kestrel.Limits.MaxRequestBodySize = 64 * 1024;
        });
        var app = builder.Build();
        app.Run(handler.HandleAsync);
        return app;
    }

    /// <summary>
    /// Waits for a change, then for the files to stay still for the quiet period (or at most
    /// <see cref="PreviewOptions.MaxDelay"/>), and rebuilds once for the whole burst. A change that arrives while
    /// a rebuild runs stops it (its files will be read again anyway) and starts the next one with both changes.
    /// </summary>
    private async Task RebuildLoopAsync(PreviewBuilder builder, PreviewOptions options, CancellationToken cancellationToken)
    {
        var reader = changes.Reader;
        var carried = new SortedSet<string>(StringComparer.Ordinal);
        Task<bool>? waiting = null;
        while (await (waiting ?? reader.WaitToReadAsync(cancellationToken).AsTask()))
        {
            var batch = new SortedSet<string>(carried, StringComparer.Ordinal);
            carried.Clear();
            var first = Stopwatch.GetTimestamp();
            Drain(reader, batch);
            while (Stopwatch.GetElapsedTime(first) < PreviewOptions.MaxDelay)
            {
                using var quiet = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                quiet.CancelAfter(options.Quiet);
                try
                {
                    if (!await reader.WaitToReadAsync(quiet.Token))
                    {
                        break;
                    }
                }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    break;
                }
                Drain(reader, batch);
            }
            cancellationToken.ThrowIfCancellationRequested();
            using var superseded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var rebuild = Task.Run(() => builder.Rebuild(batch, superseded.Token), CancellationToken.None);
            waiting = reader.WaitToReadAsync(cancellationToken).AsTask();
            if (await Task.WhenAny(rebuild, waiting) == waiting && !rebuild.IsCompleted)
            {
                await superseded.CancelAsync();
                carried.UnionWith(batch);
            }
            await rebuild;
            // Once: a folder that stays unreadable is shown as a diagnostic, not retried in a loop.
            if (builder.RetryWanted && !batch.Contains(Retry))
            {
                changes.Writer.TryWrite(Retry);
            }
        }
    }

    private static void Drain(ChannelReader<string> reader, SortedSet<string> batch)
    {
        while (reader.TryRead(out var path))
        {
            batch.Add(path);
        }
    }
}
