namespace PianoSite.Verify;

public enum HtmlTokenKind
{
    StartTag,
    EndTag,
    Text,
}
