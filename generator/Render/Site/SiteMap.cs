using System.Text;
using System.Xml;
using PianoSite.Write;
using PianoSite.Output;

namespace PianoSite.Render.Site;

/// <summary>
/// sitemap.xml and robots.txt. The sitemap protocol wants absolute addresses, so they come from
/// <c>--base-url</c>; without it the sitemap lists the pages relative to the site's root and robots.txt
/// does not announce it (documented in docs/website.md).
/// </summary>
public static class SiteMap
{
    public static IEnumerable<OutputFile> Files(IEnumerable<Route> routes, string? baseUrl)
    {
        var origin = baseUrl?.TrimEnd('/');
        yield return new OutputFile($"{SiteLayout.Folder}/sitemap.xml", SitemapXml(routes, origin));
        var robots = new StringBuilder("User-agent: *\nAllow: /\n");
        if (origin is not null)
        {
            robots.Append($"Sitemap: {origin}/sitemap.xml\n");
        }
        yield return new OutputFile($"{SiteLayout.Folder}/robots.txt", Encoding.UTF8.GetBytes(robots.ToString()));
    }

    private static byte[] SitemapXml(IEnumerable<Route> routes, string? origin)
    {
        using var stream = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };
        using (var xml = XmlWriter.Create(stream, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
            foreach (var route in routes.Where(r => r.Path != SiteRoutes.NotFoundPath))
            {
                xml.WriteStartElement("url");
                xml.WriteElementString("loc", origin is null ? route.UrlPath : origin + route.UrlPath);
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }
        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }
}
