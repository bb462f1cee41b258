using System.Collections.Frozen;

namespace PianoSite.Serve;

/// <summary>
/// Maps request paths to the website's files and back. The site links to folders explicitly ("m1/index.html")
/// and people type folders ("/missioni/m1/"): both serve the same file. Only files of the built site can be
/// named, so no request can reach anything else on the disk.
/// </summary>
internal static class SitePaths
{
    public const string IndexFile = "index.html";

    /// <summary>The site file a decoded request path names, if it exists.</summary>
    public static string? Find(string requestPath, FrozenDictionary<string, ReadOnlyMemory<byte>> files)
    {
        var key = FileOf(requestPath);
        return key is not null && files.ContainsKey(key) ? key : null;
    }

    /// <summary>"/missioni/m1" is a folder: the address to redirect to ("/missioni/m1/"), so that relative links work.</summary>
    public static string? FolderRedirect(string requestPath, FrozenDictionary<string, ReadOnlyMemory<byte>> files)
    {
        if (requestPath.EndsWith('/'))
        {
            return null;
        }
        var key = FileOf(requestPath + "/");
        return key is not null && files.ContainsKey(key) ? requestPath + "/" : null;
    }

    /// <summary>The URL path that shows a site file, as reload.js compares it with the page's own.</summary>
    public static string UrlPath(string key) =>
        key == IndexFile ? "/"
        : key.EndsWith("/" + IndexFile, StringComparison.Ordinal) ? "/" + key[..^IndexFile.Length]
        : "/" + key;

    /// <summary>
    /// The page an event stream belongs to, from reload.js's «page» parameter ("/missioni/m1/"): null when it is
    /// missing or not a path of a page, so that nothing else sent by a client is kept.
    /// </summary>
    public static string? PageParameter(string value) =>
        value.Length is > 0 and <= 512 && value.StartsWith('/') && !value.Any(char.IsControl) && LooksLikePage(value) ? value : null;

    /// <summary>Pages are HTML; a page request that names no file gets an error page rather than a bare 404.</summary>
    public static bool LooksLikePage(string requestPath) =>
        requestPath.EndsWith('/') || requestPath.EndsWith(".html", StringComparison.Ordinal) || !Path.HasExtension(requestPath);

    /// <summary>The site file (below site/) that a URL path names, whether it exists or not: "/missioni/m1/" → "missioni/m1/index.html".</summary>
    public static string? FileOf(string requestPath)
    {
        if (!requestPath.StartsWith('/'))
        {
            return null;
        }
        var key = requestPath[1..];
        return key.Length == 0 || key.EndsWith('/') ? key + IndexFile : key;
    }
}
