using System.Collections.Frozen;
using System.Collections.Immutable;
using PianoSite.Verify;

namespace PianoSite.Search;

/// <summary>
/// Follows the verify stage's reading of a page (<see cref="IPageFollower"/>: its tokens, repeated blocks' starts and
/// ends included) to find its
/// <see cref="SearchExtent"/>. An ignored region is followed by its element's name and nesting depth; a block is
/// ignored when it starts inside a region and is balanced (it closes what it opens and nothing else), so that it
/// ends inside the same region. Anything it cannot follow leaves every block read: a block not balanced, a region
/// on an element whose end tag may be left out (a browser, and Pagefind, would end it earlier than its end tag),
/// a region still open at the end of the page.
/// <para>
/// It also finds what lies outside the page's one <c>data-pagefind-body</c> element, between it and the body's
/// start and end tags (the header, the navigation, the footer): Pagefind indexes only that element's content, but it
/// still takes from the rest of the page an <c>h1</c> (the result's title), an <c>img</c> (its image) and the
/// elements marked <c>data-pagefind-meta</c>, <c>-filter</c> or <c>-sort</c>. Those parts are left out only
/// when none of these is in them, nor a block (<see cref="SearchExtent.LeftOut"/> checks the Pagefind attributes
/// in their bytes).
/// </para>
/// </summary>
public sealed class SearchExtentReader : IPageFollower
{
    public const string BodyAttribute = "data-pagefind-body";
    public const string IgnoreAttribute = "data-pagefind-ignore";
    private const string PagefindPrefix = "data-pagefind-";

    /// <summary>The attributes this reads on tags (the verify stage copies only those asked for).</summary>
    public static readonly IReadOnlyList<string> Attributes = [BodyAttribute, IgnoreAttribute];

    /// <summary>
    /// Whether every Pagefind attribute written in <paramref name="html"/> is <c>data-pagefind-ignore</c>: no filter,
    /// metadata or sort, which Pagefind reads even where it indexes nothing (counted in the text, so a mention of
    /// one in prose counts too).
    /// </summary>
    public static bool NamesOnlyIgnore(ReadOnlySpan<char> html) => html.Count(PagefindPrefix) == html.Count(IgnoreAttribute);

    /// <inheritdoc cref="NamesOnlyIgnore(ReadOnlySpan{char})"/>
    public static bool NamesOnlyIgnore(ReadOnlySpan<byte> html) => html.Count("data-pagefind-"u8) == html.Count("data-pagefind-ignore"u8);

    /// <summary>What Pagefind reads outside the indexed element, when it is in the body's own parts.</summary>
    private static readonly FrozenSet<string> ReadOutside = FrozenSet.Create(StringComparer.Ordinal, "h1", "img");

    private readonly ImmutableArray<int>.Builder ignored = ImmutableArray.CreateBuilder<int>();
    private OutsideReader outside = new();
    private bool indexed;
    private bool lost;
    private string? region;
    private int depth;
    private int block = -1;
    private bool insideBlock;

    /// <summary>Once every token is read.</summary>
    public SearchExtent Extent => lost || region is not null ? SearchExtent.Whole(indexed) : new(indexed, ignored.ToImmutable()) { Outside = outside.Parts };

    public void Start()
    {
        ignored.Clear();
        outside = new OutsideReader();
        (indexed, lost, region, depth, block, insideBlock) = (false, false, null, 0, -1, false);
    }

    public void Read(HtmlToken token)
    {
        outside.Read(token, insideBlock);
        switch (token.Kind)
        {
            case HtmlTokenKind.BlockStart:
                block++;
                insideBlock = true;
                if (region is not null)
                {
                    if (token.Text == BlockTokens.BalancedMark)
                    {
                        ignored.Add(block);
                    }
                    else
                    {
                        lost = true;
                    }
                }
                return;
            case HtmlTokenKind.BlockEnd:
                insideBlock = false;
                return;
            case HtmlTokenKind.StartTag:
                indexed |= token.Attribute(BodyAttribute) is not null;
                break;
        }
        if (insideBlock && region is not null)
        {
            return;   // a balanced block leaves the region's depth as it found it
        }
        if (region is null)
        {
            if (token.Kind == HtmlTokenKind.StartTag && token.Attribute(IgnoreAttribute) == "all" && !insideBlock && !HtmlScanner.VoidElements.Contains(token.Name))
            {
                lost |= HtmlScanner.OptionalEnd.Contains(token.Name);
                (region, depth) = (token.Name, 1);
            }
        }
        else if (token.Name == region)
        {
            depth += token.Kind == HtmlTokenKind.StartTag ? 1 : token.Kind == HtmlTokenKind.EndTag ? -1 : 0;
            if (depth == 0)
            {
                region = null;
            }
        }
    }

    /// <summary>
    /// Follows the body's parts around its one indexed element: from the first token after the body's start tag to
    /// the indexed element's start tag, and from the first token after its end tag to the body's end tag.
    /// </summary>
    private sealed class OutsideReader
    {
        private enum Phase { BeforeBody, BeforeIndexed, InIndexed, AfterIndexed, AfterBody }

        private Phase phase = Phase.BeforeBody;
        private bool first;              // the next token starts a part
        private bool unsafeToCut;        // something Pagefind reads outside, or a page this reader cannot follow
        private int bodies;              // elements marked data-pagefind-body
        private string? element;         // the indexed element's name
        private int depth;               // its nesting, while inside it
        private TextPosition beforeStart, beforeEnd, afterStart, afterEnd;

        /// <summary>The two parts, once the body's end tag was read and nothing forbids leaving them out; else none.</summary>
        public ImmutableArray<(TextPosition From, TextPosition To)> Parts =>
            phase == Phase.AfterBody && !unsafeToCut && bodies == 1 ? [(beforeStart, beforeEnd), (afterStart, afterEnd)] : [];

        public void Read(HtmlToken token, bool insideBlock)
        {
            var at = new TextPosition(token.Line, token.Column);
            if (first)
            {
                if (phase == Phase.BeforeIndexed)
                {
                    beforeStart = at;
                }
                else
                {
                    afterStart = at;
                }
                first = false;
            }
            var isBody = token.Kind == HtmlTokenKind.StartTag && token.Attribute(BodyAttribute) is not null;
            bodies += isBody ? 1 : 0;
            if (phase is Phase.BeforeIndexed or Phase.AfterIndexed
                && (token.Kind is HtmlTokenKind.BlockStart || token.Kind == HtmlTokenKind.StartTag && ReadOutside.Contains(token.Name)))
            {
                unsafeToCut = true;
            }
            switch (phase)
            {
                case Phase.BeforeBody when token.Kind == HtmlTokenKind.StartTag && token.Name == "body":
                    (phase, first) = (Phase.BeforeIndexed, true);
                    break;
                case Phase.BeforeIndexed when isBody:
                    unsafeToCut |= HtmlScanner.VoidElements.Contains(token.Name) || HtmlScanner.OptionalEnd.Contains(token.Name);
                    (phase, element, depth, beforeEnd) = (Phase.InIndexed, token.Name, 1, at);
                    break;
                case Phase.InIndexed when token.Kind == HtmlTokenKind.BlockStart:
                    unsafeToCut |= token.Text != BlockTokens.BalancedMark;   // a block that does not close what it opens
                    break;
                case Phase.InIndexed when !insideBlock && token.Name == element:
                    depth += token.Kind == HtmlTokenKind.StartTag ? 1 : token.Kind == HtmlTokenKind.EndTag ? -1 : 0;
                    if (depth == 0)
                    {
                        (phase, first) = (Phase.AfterIndexed, true);
                    }
                    break;
                case Phase.AfterIndexed when token.Kind == HtmlTokenKind.EndTag && token.Name == "body":
                    (phase, afterEnd) = (Phase.AfterBody, at);
                    break;
            }
        }
    }
}
