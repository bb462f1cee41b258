using Scriban.Runtime;

namespace PianoSite.Render.Templates;

/// <summary>
/// A template's output written straight into a <see cref="TextWriter"/> (a page's layout, through the link rewriter).
/// Scriban's own TextWriterOutput would make a string of everything written each time a template ends.
/// </summary>
internal sealed class WriterOutput(TextWriter writer) : IScriptOutput
{
    public void Write(string text, int offset, int count) => writer.Write(text.AsSpan(offset, count));

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }
}
