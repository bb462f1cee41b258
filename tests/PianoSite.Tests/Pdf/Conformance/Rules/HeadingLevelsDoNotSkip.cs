namespace PianoSite.Tests.Pdf.Conformance.Rules;

/// <summary>
/// ISO 14289-1, 7.4.2 and 7.4.4: numbered headings start with H1 (Matterhorn 14-002) and, going down, never skip
/// a level (14-003: no H3 right after an H1); a file uses either numbered headings or H, not both (14-007), and no
/// element holds more than one H (14-006). Readers list the headings to move through the document.
/// </summary>
public sealed class HeadingLevelsDoNotSkip : IPdfUaRule
{
    public string Reference => "Matterhorn 14-002, 14-003, 14-006, 14-007; ISO 14289-1 7.4.2, 7.4.4";

    public IEnumerable<string> Check(PdfUaDocument pdf)
    {
        var previous = 0;
        foreach (var heading in pdf.Elements.Where(e => e.StandardType is { Length: 2 } s && s[0] == 'H' && char.IsAsciiDigit(s[1])))
        {
            var level = heading.StandardType![1] - '0';
            if (previous == 0 && level != 1)
            {
                yield return $"the first heading is {heading.Describe()}, not H1";
            }
            else if (level > previous + 1)
            {
                yield return $"{heading.Describe()} follows an H{previous}: level H{previous + 1} is skipped";
            }
            previous = level;
        }
        if (previous > 0 && pdf.Elements.Any(e => e.StandardType == "H"))
        {
            yield return "the file uses both numbered headings (H1–H6) and H";
        }
        foreach (var element in pdf.Elements.Where(e => e.Children.Count(c => c.StandardType == "H") > 1))
        {
            yield return $"{element.Describe()} holds more than one H";
        }
    }
}
