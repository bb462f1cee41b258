using System.Buffers;
using System.Text;
using PianoSite.Diagnostics;

namespace PianoSite.Load;

/// <summary>Reads one file as strict UTF-8: a BOM is accepted, CRLF becomes LF, anything else invalid is a diagnostic.</summary>
public static class SourceReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static SourceFile? Read(string root, string relativePath, DiagnosticBag diagnostics)
    {
        var fullPath = Path.Combine(root, relativePath);
        var span = SourceSpan.WholeFile(relativePath);
        byte[] bytes;
        try
        {
            var length = new FileInfo(fullPath).Length;
            if (length > ContentLayout.MaxFileBytes)
            {
                diagnostics.Error(Codes.FileTooLarge, span,
                    $"il file è troppo grande ({length / 1024} KB): il limite è {ContentLayout.MaxFileBytes / 1024} KB");
                return null;
            }
            bytes = File.ReadAllBytes(fullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(Codes.UnreadableFile, span, $"il file non si può leggere: {e.Message}");
            return null;
        }
        return Decode(relativePath, bytes, diagnostics);
    }

    public static SourceFile? Decode(string relativePath, ReadOnlySpan<byte> bytes, DiagnosticBag diagnostics)
    {
        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            diagnostics.Error(Codes.InvalidUtf8, FirstInvalidByte(relativePath, bytes),
                "il file non è in UTF-8 valido: salvarlo con codifica UTF-8");
            return null;
        }
        return new SourceFile(relativePath, text.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    private static SourceSpan FirstInvalidByte(string path, ReadOnlySpan<byte> bytes)
    {
        var line = 1;
        var column = 1;
        var index = 0;
        while (index < bytes.Length
            && Rune.DecodeFromUtf8(bytes[index..], out var rune, out var consumed) == OperationStatus.Done)
        {
            (line, column) = rune.Value == '\n' ? (line + 1, 1) : (line, column + rune.Utf16SequenceLength);
            index += consumed;
        }
        return new SourceSpan(path, line, column);
    }
}
