namespace PianoSite.Verify;

public enum HtmlTokenKind
{
    StartTag,
    EndTag,
    Text,

    /// <summary>A comment; its text is the comment's.</summary>
    Comment,
}
