using System.Net.Sockets;
using System.Text;

namespace PianoSite.Tests.Serve;

/// <summary>Sends a request exactly as written, as an attacker would: HttpClient would normalise the target and the Host.</summary>
internal static class RawHttp
{
    public static async Task<(int Status, string Response)> SendAsync(int port, string target, string? host = null, string method = "GET", string extraHeaders = "")
    {
        using var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", port);
        var stream = client.GetStream();
        var hostLine = host is null ? string.Empty : $"Host: {host}\r\n";
        var request = $"{method} {target} HTTP/1.1\r\n{hostLine}{extraHeaders}Connection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var response = await reader.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(15));
        var statusLine = response.Split("\r\n", 2)[0];
        Assert.StartsWith("HTTP/1.1 ", statusLine);
        return (int.Parse(statusLine.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture), response);
    }
}
