using System.Collections.Frozen;

namespace PianoSite.Serve;

/// <summary>The Content-Type of each kind of file the site holds; browsers are told not to guess (nosniff).</summary>
internal static class ContentTypes
{
    public const string Html = "text/html; charset=utf-8";
    public const string Text = "text/plain; charset=utf-8";
    public const string EventStream = "text/event-stream; charset=utf-8";
    public const string Pdf = "application/pdf";
    private const string Binary = "application/octet-stream";

    private static readonly FrozenDictionary<string, string> ByExtension = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = Html,
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".mjs"] = "text/javascript; charset=utf-8",
        [".json"] = "application/json; charset=utf-8",
        [".csv"] = "text/csv; charset=utf-8",
        [".txt"] = Text,
        [".xml"] = "application/xml; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".webp"] = "image/webp",
        [".ico"] = "image/x-icon",
        [".woff"] = "font/woff",
        [".woff2"] = "font/woff2",
        [".wasm"] = "application/wasm",
        [".pdf"] = Pdf,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static string For(string path) =>
        ByExtension.TryGetValue(Path.GetExtension(path), out var type) ? type : Binary;

    public static bool IsHtml(string path) => For(path) == Html;
}
