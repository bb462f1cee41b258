namespace PianoSite.Verify;

/// <summary>One piece of an HTML page as <see cref="HtmlScanner"/> reads it.</summary>
/// <param name="Name">the tag's name in lower case (start and end tags); empty for text.</param>
/// <param name="Attributes">a start tag's attributes, names in lower case and values decoded, in the page's order.</param>
/// <param name="Text">the decoded text (text tokens only).</param>
/// <param name="Line">1-based line of the token's first character.</param>
/// <param name="Column">1-based column of the token's first character.</param>
public readonly record struct HtmlToken(
    HtmlTokenKind Kind, string Name, IReadOnlyList<KeyValuePair<string, string>> Attributes, string Text, int Line, int Column)
{
    /// <summary>The value of the first attribute of that name (a browser ignores later ones), or null.</summary>
    public string? Attribute(string name)
    {
        for (var i = 0; i < Attributes.Count; i++)   // by index: a foreach through the interface allocates an enumerator per call
        {
            if (Attributes[i].Key == name)
            {
                return Attributes[i].Value;
            }
        }
        return null;
    }
}
