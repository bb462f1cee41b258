using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using PianoSite.Model;
using PianoSite.Render.Templates;

namespace PianoSite.Render.Site;

/// <summary>
/// schema.org JSON-LD for search engines: the plan as a CreativeWork published by its issuer (an Organization), in
/// its language, under its licence, with the PDF and the open-data files as its encodings; each mission's and
/// driver's page as a CreativeWork that is part of it. The layout writes it in a &lt;script type="application/ld+json"&gt;
/// element, which browsers read as data, not as a script (the Content-Security-Policy stays as strict as it is).
/// Addresses are absolute or absent: without --base-url the documents name no URL. The encoder escapes &lt;, &gt; and
/// &amp;, so no value can close the script element.
/// </summary>
public sealed class StructuredData(Plan plan, SiteOptions options)
{
    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    private readonly string? origin = options.BaseUrl?.TrimEnd('/');

    /// <summary>The plan, for the home page.</summary>
    public TrustedHtml Plan(IEnumerable<(string Label, string Href, string Format)> files) => Json(writer =>
    {
        WritePlanProperties(writer, withContext: true);
        WriteUrl(writer, "url", "/");
        writer.WriteStartArray("encoding");
        foreach (var (label, href, format) in files)
        {
            writer.WriteStartObject();
            writer.WriteString("@type", format == "application/pdf" ? "MediaObject" : "DataDownload");
            writer.WriteString("name", label);
            writer.WriteString("encodingFormat", format);
            WriteUrl(writer, "contentUrl", href);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    });

    /// <summary>A mission's or a driver's page: a part of the plan.</summary>
    public TrustedHtml Part(string name, string? description, string href) => Json(writer =>
    {
        writer.WriteString("@context", "https://schema.org");
        writer.WriteString("@type", "CreativeWork");
        writer.WriteString("name", name);
        if (description is not null)
        {
            writer.WriteString("description", description);
        }
        writer.WriteString("inLanguage", plan.Info.Language);
        WriteUrl(writer, "url", href);
        writer.WriteStartObject("isPartOf");
        WritePlanProperties(writer, withContext: false);
        writer.WriteEndObject();
    });

    private void WritePlanProperties(Utf8JsonWriter writer, bool withContext)
    {
        if (withContext)
        {
            writer.WriteString("@context", "https://schema.org");
        }
        writer.WriteString("@type", "CreativeWork");
        if (origin is not null)
        {
            writer.WriteString("@id", $"{origin}/#piano");
        }
        writer.WriteString("name", plan.Info.Title);
        writer.WriteString("alternateName", plan.Info.ShortTitle);
        writer.WriteString("inLanguage", plan.Info.Language);
        writer.WriteString("license", plan.Info.Licence.Url);
        writer.WriteStartObject("publisher");
        writer.WriteString("@type", "Organization");
        writer.WriteString("name", plan.Info.Issuer);
        writer.WriteEndObject();
    }

    private void WriteUrl(Utf8JsonWriter writer, string property, string href)
    {
        if (origin is not null)
        {
            writer.WriteString(property, origin + href);
        }
    }

    private static TrustedHtml Json(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, JsonOptions))
        {
            writer.WriteStartObject();
            write(writer);
            writer.WriteEndObject();
        }
        return TrustedHtml.Rendered(Encoding.UTF8.GetString(buffer.WrittenSpan));
    }
}
