using System.Collections.Immutable;
using System.Text;
using Microsoft.IO;
using PianoSite.Render.Templates;
using PianoSite.Write;

namespace PianoSite.Render.Site;

/// <summary>
/// Puts a page together in UTF-8: its layout around its content, every link made relative (<see cref="LinkRewriter"/>).
/// The content comes as a <see cref="PageContent"/>: its text goes through the rewriter, and each row
/// (<see cref="RenderedRow"/>) is copied in as the bytes it has on every page of the same depth, made once; the
/// page's file lists where those rows are (<see cref="OutputFile.Blocks"/>). The bytes are
/// exactly those of the layout rendered around the whole content and rewritten in one go. A build's pages are made
/// into buffers of its pool (<see cref="RecyclableMemoryStreamManager"/>), each given back once the page is written
/// (<see cref="OutputFile.Release"/>): a large plan's pages are megabytes each, and new arrays for them were most of
/// the build's full garbage collections.
/// </summary>
public static class PageAssembler
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// Where the content goes in the layout's output: a comment, so that a layout that encoded its content (writing it
    /// as text) or wrote it twice would not find it once, and is then rendered the plain way.
    /// </summary>
    private static readonly string ContentMarker = $"<!--pianosite-content-{Guid.NewGuid():N}-->";

    /// <summary>The page's file; null when the layout fails (its diagnostic is the layout's).</summary>
    /// <param name="outputPath">the file's path below output/.</param>
    /// <param name="pagePath">the page's folder below the site ("missioni/m1/"; "" for the home page).</param>
    /// <param name="renderLayout">renders the layout with the given content into the writer; false when it fails.</param>
    /// <param name="buffers">the pool the page's bytes come from, or null for an array of their own.</param>
    public static OutputFile? Assemble(string outputPath, string pagePath, PageContent content, Func<TrustedHtml, TextWriter, bool> renderLayout, RecyclableMemoryStreamManager? buffers = null)
    {
        using var layout = new StringWriter();
        if (!renderLayout(TrustedHtml.Rendered(ContentMarker), layout))
        {
            return null;
        }
        var around = layout.ToString();
        var at = around.IndexOf(ContentMarker, StringComparison.Ordinal);
        var once = at >= 0 && around.IndexOf(ContentMarker, at + 1, StringComparison.Ordinal) < 0;
        var blocks = ImmutableArray.CreateBuilder<RepeatedBlock>(content.Rows.Count);
        var expected = ExpectedLength(content.ExpectedLength + around.Length);
        var bytes = buffers?.GetStream(outputPath, expected, asContiguousBuffer: true) ?? new MemoryStream(expected);
        using (var text = new StreamWriter(bytes, Utf8, bufferSize: 16 * 1024, leaveOpen: true))
        using (var rewriter = new LinkRewriter(text, pagePath))
        {
            if (!once)
            {
                if (!renderLayout(TrustedHtml.Rendered(content.WholeText()), rewriter))
                {
                    bytes.Dispose();
                    return null;
                }
            }
            else
            {
                rewriter.Write(around.AsSpan(0, at));
                WriteContent(content, around.AsSpan(0, at), pagePath, rewriter, bytes, blocks);
                rewriter.Write(around.AsSpan(at + ContentMarker.Length));
            }
        }
        return new OutputFile(outputPath, bytes.GetBuffer().AsMemory(0, (int)bytes.Length)) { Blocks = blocks.ToImmutable(), Buffer = buffers is null ? null : bytes };
    }

    /// <summary>The content's text through the rewriter, each block between two tags copied in as its placed bytes.</summary>
    private static void WriteContent(PageContent content, ReadOnlySpan<char> layoutBefore, string pagePath, LinkRewriter rewriter, MemoryStream bytes, ImmutableArray<RepeatedBlock>.Builder blocks)
    {
        var depth = pagePath.Count(c => c == '/');
        var html = content.Text;
        var from = 0;
        foreach (var (blockAt, block) in content.Rows)
        {
            rewriter.Write(html.AsSpan(from, blockAt - from));
            from = blockAt;
            if (block.StartsWithTag && EndsWithTag(html.AsSpan(0, blockAt), layoutBefore) && rewriter.FlushAtBoundary())
            {
                var placed = block.PlacedAt(depth, absolute => LinkRewriter.RewriteUtf8(absolute, pagePath));
                blocks.Add(new RepeatedBlock((int)bytes.Length, placed));
                bytes.Write(placed);
            }
            else
            {
                rewriter.Write(block.Html);   // not between two tags: the exact text, rewritten in its context
            }
        }
        rewriter.Write(html.AsSpan(from));
    }

    /// <summary>Whether the text before a block ends with a tag (after blanks): the content's, or the layout's before the content.</summary>
    private static bool EndsWithTag(ReadOnlySpan<char> content, ReadOnlySpan<char> layout)
    {
        var text = content.TrimEnd(" \t\r\n");
        if (text.IsEmpty)
        {
            text = layout.TrimEnd(" \t\r\n");
        }
        return text.IsEmpty || text[^1] == '>';
    }

    /// <summary>
    /// The page's size in UTF-8, from its content's: about one byte a character (the text is mostly ASCII, and the
    /// links made relative grow a little), plus the layout around it.
    /// </summary>
    internal static int ExpectedLength(int contentLength) => (int)Math.Min(Array.MaxLength, contentLength + contentLength / 16 + 32 * 1024);
}
