namespace PianoSite.Verify;

public enum HtmlTokenKind
{
    StartTag,
    EndTag,
    Text,

    /// <summary>A comment; its text is the comment's.</summary>
    Comment,

    /// <summary>Where a repeated block starts (<see cref="PageTokens"/>); its text is <see cref="BlockTokens.BalancedMark"/> when the block is balanced.</summary>
    BlockStart,

    /// <summary>Where a repeated block ends.</summary>
    BlockEnd,
}
