using System.Collections.Immutable;
using System.Text;
using System.Text.Json;

namespace PianoSite.Serve;

/// <summary>
/// Tells open pages that the site changed. A page reloads when <see cref="All"/> is set (the diagnostics shown
/// on every page, or a shared asset, changed) or when its own URL path is among <see cref="Paths"/>.
/// </summary>
internal sealed record ReloadEvent(string Version, bool All, ImmutableArray<string> Paths)
{
    /// <summary>The event as a Server-Sent Events frame, as reload.js reads it.</summary>
    public string ToFrame()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("version", Version);
            json.WriteBoolean("all", All);
            json.WriteStartArray("paths");
            foreach (var path in Paths)
            {
                json.WriteStringValue(path);
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return $"event: reload\ndata: {Encoding.UTF8.GetString(buffer.ToArray())}\n\n";
    }
}
