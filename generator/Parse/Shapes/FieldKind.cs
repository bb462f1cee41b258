namespace PianoSite.Parse.Shapes;

/// <summary>What a field of a content file holds, as its reader reads it.</summary>
public enum FieldKind
{
    /// <summary>One line of plain text (any non-empty scalar).</summary>
    Text,

    /// <summary>Text in Markdown, usually a block (<c>|</c>) over several lines.</summary>
    Markdown,

    /// <summary>A whole number, written without quotes.</summary>
    Number,

    /// <summary>A date written AAAA-MM-GG.</summary>
    Date,

    /// <summary>A list of texts: <c>[a, b]</c> or one <c>- a</c> per line.</summary>
    TextList,

    /// <summary>A list of whole numbers: <c>[1, 2]</c>.</summary>
    NumberList,

    /// <summary>A nested group of fields.</summary>
    Group,

    /// <summary>A list of groups of fields, one <c>- </c> per item.</summary>
    GroupList,
}
