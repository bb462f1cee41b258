using System.IO.Compression;
using System.Text;
using PianoSite.Write;

namespace PianoSite.Tests.Write;

/// <summary>The text assets get gzip and Brotli copies that decompress to them, with nothing in them that varies.</summary>
public sealed class PrecompressingWriterTests
{
    private static readonly byte[] Css = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(".site-card { margin: 0; border: 1px solid #d9dadb; }\n", 200)));

    [Theory]
    [InlineData("site/assets/css/site.css", true)]
    [InlineData("site/assets/bootstrap-italia/css/bootstrap-italia.min.css", true)]
    [InlineData("site/assets/js/search.js", true)]
    [InlineData("site/assets/favicon.svg", true)]
    [InlineData("site/pagefind/pagefind.js", true)]
    [InlineData("site/pagefind/pagefind-worker.js", true)]
    [InlineData("site/pagefind/pagefind-entry.json", true)]
    [InlineData("site/pagefind/pagefind-ui.js", false)]
    [InlineData("site/assets/bootstrap-italia/fonts/Titillium_Web/titillium-web-v10-latin-ext_latin-regular.woff2", false)]
    [InlineData("site/index.html", false)]
    [InlineData("site/assets/pagina.html", false)]
    [InlineData("site/dati/obiettivi.json", false)]
    [InlineData("site/sitemap.xml", false)]
    [InlineData("pdf/psttm-2025-2027.pdf", false)]
    public void Only_text_assets_get_copies(string path, bool expected) =>
        Assert.Equal(expected, PrecompressingWriter.IsTextAsset(path));

    [Fact]
    public void The_copies_decompress_to_the_file_and_sit_beside_it()
    {
        var files = new MemoryOutputWriter();
        var writer = new PrecompressingWriter(files);
        writer.Add(new OutputFile("site/assets/css/site.css", Css));
        writer.Add(new OutputFile("site/index.html", Css));

        Assert.Equal(["site/assets/css/site.css", "site/assets/css/site.css.br", "site/assets/css/site.css.gz", "site/index.html"], files.Files.Select(f => f.Path));
        using var gzip = new GZipStream(new MemoryStream(Content(files, "site/assets/css/site.css.gz")), CompressionMode.Decompress);
        using var brotli = new BrotliStream(new MemoryStream(Content(files, "site/assets/css/site.css.br")), CompressionMode.Decompress);
        Assert.Equal(Css, ReadAll(gzip));
        Assert.Equal(Css, ReadAll(brotli));
        Assert.True(Content(files, "site/assets/css/site.css.br").Length < Content(files, "site/assets/css/site.css.gz").Length);
    }

    [Fact]
    public void The_gzip_header_has_no_time_and_no_operating_system()
    {
        var gzip = PrecompressingWriter.Gzip(Css);
        Assert.Equal(new byte[] { 0x1f, 0x8b, 8, 0, 0, 0, 0, 0 }, gzip[..8]);   // magic, deflate, no flags, MTIME 0
        Assert.Equal(255, gzip[9]);                                              // OS unknown
        Assert.Equal(gzip, PrecompressingWriter.Gzip(Css));
        Assert.Equal(PrecompressingWriter.Brotli(Css), PrecompressingWriter.Brotli(Css));
    }

    [Fact]
    public void A_copy_no_smaller_than_its_file_is_not_written()
    {
        var files = new MemoryOutputWriter();
        new PrecompressingWriter(files).Add(new OutputFile("site/assets/x.txt", "a"u8.ToArray()));
        Assert.Equal(["site/assets/x.txt"], files.Files.Select(f => f.Path));
    }

    private static byte[] Content(MemoryOutputWriter files, string path) => files.Files.Single(f => f.Path == path).Content.ToArray();

    private static byte[] ReadAll(Stream stream)
    {
        using var result = new MemoryStream();
        stream.CopyTo(result);
        return result.ToArray();
    }
}
