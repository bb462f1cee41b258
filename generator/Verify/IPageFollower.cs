namespace PianoSite.Verify;

/// <summary>
/// A later stage that needs what the verify stage reads of a page (the search stage: what Pagefind skips), so that
/// no page is read twice: <see cref="PageChecker"/> gives it every token of its reading of the page.
/// </summary>
public interface IPageFollower
{
    /// <summary>A reading of the page starts; tokens given before belong to a reading that was abandoned (the page is then read whole).</summary>
    void Start();

    /// <summary>The next token of the page, in document order (repeated blocks marked by their start and end).</summary>
    void Read(HtmlToken token);
}
