using System.Net;

namespace PianoSite.Serve;

/// <summary>
/// What the preview refuses before looking at any file. The server only listens on 127.0.0.1, but a web page
/// open in the same browser could still reach it: through DNS rebinding (a foreign name resolving to
/// 127.0.0.1, caught by the Host check) or by sending a form (caught by the Origin check on POST).
/// </summary>
internal static class RequestGuard
{
    /// <summary>The site's longest address is under 100 characters; anything much longer is not a visit.</summary>
    public const int MaxTargetLength = 2048;

    // Encodings of "/", "\", "." and "%" (double encoding) have no place in the site's addresses, which are
    // plain lowercase words: refusing them outright leaves no way to smuggle a ".." past any decoding step.
    private static readonly string[] ForbiddenInTarget = ["\\", "%2f", "%5c", "%2e", "%25", "%00", "//"];

    public static bool IsAllowedHost(string? host, int port) =>
        host is not null
        && (string.Equals(host, $"127.0.0.1:{port}", StringComparison.OrdinalIgnoreCase)
            || string.Equals(host, $"localhost:{port}", StringComparison.OrdinalIgnoreCase));

    /// <summary>A POST must come from a page of the preview itself: browsers always send Origin with it.</summary>
    public static bool IsSameOrigin(string? origin, int port) =>
        origin is not null
        && Uri.TryCreate(origin, UriKind.Absolute, out var uri)
        && uri.Scheme == Uri.UriSchemeHttp
        && uri.AbsolutePath == "/"
        && IsAllowedHost($"{uri.Host}:{uri.Port}", port);

    /// <summary>The status for a request target (path and query exactly as sent) that is refused; null when it is acceptable.</summary>
    public static HttpStatusCode? CheckTarget(string rawTarget)
    {
        if (rawTarget.Length > MaxTargetLength)
        {
            return HttpStatusCode.RequestUriTooLong;
        }
        var query = rawTarget.IndexOf('?', StringComparison.Ordinal);
        var path = query < 0 ? rawTarget : rawTarget[..query];
        if (!path.StartsWith('/')
            || path.Any(char.IsControl)
            || ForbiddenInTarget.Any(bad => path.Contains(bad, StringComparison.OrdinalIgnoreCase))
            || path.Split('/').Any(segment => segment is "." or ".."))
        {
            return HttpStatusCode.BadRequest;
        }
        return null;
    }
}
