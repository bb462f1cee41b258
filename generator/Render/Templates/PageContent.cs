using System.Text;
using Scriban.Runtime;

namespace PianoSite.Render.Templates;

/// <summary>
/// The output a page's content is rendered into: text is kept as text, and the rows (<see cref="RenderedRow"/>) as
/// references to them, in order, instead of copies of their text. The page's assembly
/// (<c>Render/Site/PageAssembler</c>) then copies each row's bytes into the page.
/// </summary>
public sealed class PageContent : IScriptOutput
{
    private readonly StringBuilder text = new();
    private readonly List<(int At, RenderedRow Row)> rows = [];
    private int rowBytes;

    /// <summary>The text written, without the rows.</summary>
    public string Text => text.ToString();

    /// <summary>Each row, with the position in <see cref="Text"/> where it stands.</summary>
    public IReadOnlyList<(int At, RenderedRow Row)> Rows => rows;

    /// <summary>About how many bytes the content takes in UTF-8 (text mostly ASCII).</summary>
    public int ExpectedLength => (int)Math.Min(Array.MaxLength, (long)text.Length + rowBytes);

    public void WriteRow(RenderedRow row)
    {
        rows.Add((text.Length, row));
        rowBytes += row.Utf8Length;
    }

    public void Write(string text, int offset, int count) => this.text.Append(text, offset, count);

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    /// <summary>The whole content, rows included.</summary>
    public string WholeText()
    {
        var all = new StringBuilder(text.Length + rowBytes);
        var from = 0;
        foreach (var (at, row) in rows)
        {
            all.Append(text, from, at - from).Append(row.Html);
            from = at;
        }
        return all.Append(text, from, text.Length - from).ToString();
    }
}
