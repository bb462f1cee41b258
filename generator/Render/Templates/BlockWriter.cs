using System.Text;

namespace PianoSite.Render.Templates;

/// <summary>
/// The writer a page's content is rendered into: text is kept as text, and the blocks «once» remembers
/// (<see cref="RememberedBlock"/>) as references to them, in order, instead of copies of their text. The page's
/// assembly (<c>Render/Site/PageAssembler</c>) then copies each block's bytes into the page.
/// </summary>
public sealed class BlockWriter : TextWriter
{
    private readonly StringBuilder text = new();
    private readonly List<(int At, RememberedBlock Block)> blocks = [];
    private int blockBytes;

    public override Encoding Encoding => Encoding.Unicode;

    /// <summary>The text written, without the blocks.</summary>
    public string Text => text.ToString();

    /// <summary>Each block, with the position in <see cref="Text"/> where it stands.</summary>
    public IReadOnlyList<(int At, RememberedBlock Block)> Blocks => blocks;

    /// <summary>About how many bytes the content takes in UTF-8 (text mostly ASCII).</summary>
    public int ExpectedLength => (int)Math.Min(Array.MaxLength, (long)text.Length + blockBytes);

    public void WriteBlock(RememberedBlock block)
    {
        blocks.Add((text.Length, block));
        blockBytes += block.Utf8Length;
    }

    public override void Write(char value) => text.Append(value);

    public override void Write(string? value) => text.Append(value);

    public override void Write(char[] buffer, int index, int count) => text.Append(buffer, index, count);

    public override void Write(ReadOnlySpan<char> buffer) => text.Append(buffer);

    /// <summary>The whole content, blocks included.</summary>
    public override string ToString()
    {
        var all = new StringBuilder(text.Length + blockBytes);
        var from = 0;
        foreach (var (at, block) in blocks)
        {
            all.Append(text, from, at - from).Append(block.Html);
            from = at;
        }
        return all.Append(text, from, text.Length - from).ToString();
    }
}
