using System.Buffers.Binary;
using System.IO.Compression;
using PianoSite.Diagnostics;
using PianoSite.Output;

namespace PianoSite.Write;

/// <summary>
/// A step of the write stage, in front of the build's writer: beside each text asset of the website (the CSS,
/// JavaScript, SVG and text under site/assets/, and the three files of Pagefind's bundle that the search page
/// loads) it writes the same file compressed with gzip and with Brotli (bootstrap-italia.min.css.gz, .br), for
/// static hosts that send such a copy as it is to a browser that accepts it (nginx's gzip_static and brotli_static,
/// Caddy's precompressed: README.md). These are the files that pages and the search fetch, changed only by the
/// templates or the packages, and small (150 KB), so they are compressed hard: gzip at zlib's level 9 (4 ms),
/// Brotli at quality 10 (55 ms; quality 11 saves 1 KB more of the 38 KB in three times as long).
/// Pages, open data and the sitemap are left to the host's compression on the fly: they grow with the plan
/// (tens of megabytes at 10,000 objectives, where Brotli's highest level would take longer than the build), and
/// so would Pagefind's user-interface files, which the site does not load (450 KB).
/// </summary>
/// <remarks>
/// The copies are reproducible: the gzip header carries no time (MTIME 0) and no operating system (OS 255,
/// «unknown»), and both compressors are deterministic on one machine. A copy no smaller than its file is not
/// written. The preview does not use this writer: its server sends files as they are.
/// </remarks>
public sealed class PrecompressingWriter(IOutputWriter inner) : IOutputWriter
{
    private const string Assets = $"{SiteLayout.Folder}/assets/";

    private static readonly string[] Extensions = [".css", ".js", ".mjs", ".svg", ".json", ".txt"];

    /// <summary>What search.js loads of Pagefind's bundle: its module, its worker, its entry (the rest of what it fetches is compressed already).</summary>
    private static readonly string[] SearchFiles =
        [.. new[] { "pagefind.js", "pagefind-worker.js", "pagefind-entry.json" }.Select(name => $"{SiteLayout.Folder}/{SiteLayout.SearchFolder}/{name}")];

    /// <summary>Brotli's quality (11 is the highest), and its default window (4 MB: more than any of these files).</summary>
    private const int BrotliQuality = 10;

    private const int BrotliWindow = 22;

    public IReadOnlyCollection<string> Paths => inner.Paths;

    public Diagnostic? Failure => inner.Failure;

    public SiteFolder OpenSiteFolder() => inner.OpenSiteFolder();

    public void Add(OutputFile file)
    {
        if (!IsTextAsset(file.Path))
        {
            inner.Add(file);
            return;
        }
        // Compressed before the file is handed on: the inner writer may give a pooled array back once written.
        var gzip = Gzip(file.Content.Span);
        var brotli = Brotli(file.Content.Span);
        inner.Add(file);
        if (gzip.Length < file.Content.Length)
        {
            inner.Add(new OutputFile(file.Path + ".gz", gzip));
        }
        if (brotli.Length < file.Content.Length)
        {
            inner.Add(new OutputFile(file.Path + ".br", brotli));
        }
    }

    /// <summary>Whether a file (its path below output/) gets compressed copies.</summary>
    public static bool IsTextAsset(string path) =>
        path.StartsWith(Assets, StringComparison.Ordinal) && Extensions.Any(e => path.EndsWith(e, StringComparison.Ordinal))
        || SearchFiles.Contains(path, StringComparer.Ordinal);

    /// <summary>
    /// gzip (RFC 1952) at zlib's level 9, with the header's modification time and operating system fixed: the
    /// header .NET writes holds no name or comment (flags 0), so it is always the first ten bytes.
    /// </summary>
    public static byte[] Gzip(ReadOnlySpan<byte> content)
    {
        using var compressed = new MemoryStream(content.Length / 3 + 64);
        using (var gzip = new GZipStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(content);
        }
        var bytes = compressed.ToArray();
        if (bytes is not [0x1f, 0x8b, 8, 0, ..] || bytes.Length < 18)
        {
            throw new InvalidOperationException("unexpected gzip header");   // a runtime that writes another header: the tests say so
        }
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(4), 0);   // MTIME: none
        bytes[9] = 255;                                                   // OS: unknown
        return bytes;
    }

    /// <summary>Brotli (RFC 7932) at quality 10.</summary>
    public static byte[] Brotli(ReadOnlySpan<byte> content)
    {
        var buffer = new byte[BrotliEncoder.GetMaxCompressedLength(content.Length)];
        if (!BrotliEncoder.TryCompress(content, buffer, out var written, BrotliQuality, BrotliWindow))
        {
            throw new InvalidOperationException("Brotli could not compress a file into its maximal length");
        }
        return buffer.AsSpan(0, written).ToArray();
    }
}
