using PianoSite.Diagnostics;

namespace PianoSite.Write;

/// <summary>
/// Stage 7, write: writes a build into a staging folder beside the output folder and swaps it in only when it
/// is complete, so that a failed or interrupted build never damages the last good output.
/// </summary>
public sealed class DiskOutputWriter(string outputDirectory)
{
    private readonly string output = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);

    private string Parent => Path.GetDirectoryName(output)!;

    private string StagingPrefix => $".{Path.GetFileName(output)}.staging-";

    public IReadOnlyList<Diagnostic> Write(IEnumerable<OutputFile> files)
    {
        var staging = Path.Combine(Parent, StagingPrefix + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        try
        {
            Directory.CreateDirectory(Parent);
            RemoveLeftovers();
            Directory.CreateDirectory(staging);
            foreach (var file in files)
            {
                var path = Path.Combine(staging, file.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
                stream.Write(file.Content.Span);
            }
            DirectorySwap.Exchange(staging, output);
            DeleteQuietly(staging);
            return [];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            DeleteQuietly(staging);
            return [Diagnostic.Error(Codes.WriteFailed, SourceSpan.WholeFile(output),
                $"impossibile scrivere il risultato in {output}: {e.Message}. L'ultimo risultato valido è rimasto intatto")];
        }
    }

    /// <summary>Staging folders of builds that were killed before they could clean up.</summary>
    private void RemoveLeftovers()
    {
        foreach (var leftover in Directory.EnumerateDirectories(Parent, StagingPrefix + "*"))
        {
            DeleteQuietly(leftover);
        }
    }

    private static void DeleteQuietly(string path)
    {
        try
        {
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A leftover staging folder is harmless: the next build removes it.
        }
    }
}
