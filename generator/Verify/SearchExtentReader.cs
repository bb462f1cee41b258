using System.Collections.Frozen;
using System.Collections.Immutable;

namespace PianoSite.Verify;

/// <summary>
/// Follows a page's tokens (<see cref="PageTokens"/>, block starts and ends included) to find its
/// <see cref="SearchExtent"/>. An ignored region is followed by its element's name and nesting depth; a block is
/// ignored when it starts inside a region and is balanced (it closes what it opens and nothing else), so that it
/// ends inside the same region. Anything it cannot follow leaves every block read: a block not balanced, a region
/// on an element whose end tag may be left out (a browser, and Pagefind, would end it earlier than its end tag),
/// a region still open at the end of the page.
/// </summary>
internal sealed class SearchExtentReader
{
    public const string BodyAttribute = "data-pagefind-body";
    public const string IgnoreAttribute = "data-pagefind-ignore";

    /// <summary>Elements whose end tag is optional (void ones, with nothing inside, are <see cref="HtmlScanner.VoidElements"/>).</summary>
    internal static readonly FrozenSet<string> OptionalEnd = FrozenSet.Create(StringComparer.Ordinal,
        "p", "li", "dt", "dd", "td", "th", "tr", "thead", "tbody", "tfoot", "option", "optgroup", "rt", "rp", "colgroup", "caption", "html", "head", "body");

    private readonly ImmutableArray<int>.Builder ignored = ImmutableArray.CreateBuilder<int>();
    private bool indexed;
    private bool lost;
    private string? region;
    private int depth;
    private int block = -1;
    private bool insideBlock;

    /// <summary>Once every token is read.</summary>
    public SearchExtent Extent => lost || region is not null ? SearchExtent.Whole(indexed) : new(indexed, ignored.ToImmutable());

    public void Read(HtmlToken token)
    {
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
                lost |= OptionalEnd.Contains(token.Name);
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
}
