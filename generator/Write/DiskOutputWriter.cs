using PianoSite.Diagnostics;
using PianoSite.Output;

namespace PianoSite.Write;

/// <summary>
/// Stage 7, write, for a build: each file goes into a staging folder beside the output folder as soon as it
/// is added, and the staging folder is swapped in by <see cref="Commit"/> only when the whole build succeeded,
/// so that a failed or interrupted build never damages the last good output. A writer that is disposed
/// without a commit removes its staging folder. A file identical to the one at its place in the output is not
/// written but linked (<see cref="UnchangedFiles"/>). <see cref="Add"/> may be called from several threads, for
/// different files.
/// </summary>
public sealed class DiskOutputWriter(string outputDirectory) : IOutputWriter, IDisposable
{
    private readonly string output = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
    private readonly Lock gate = new();
    private readonly HashSet<string> written = new(StringComparer.Ordinal);
    private bool started;
    private bool committed;
    private Exception? failure;

    private string Parent => Path.GetDirectoryName(output)!;

    private string StagingPrefix => $".{Path.GetFileName(output)}.staging-";

    /// <summary>Named after the process (leftovers of killed builds are recognised by it) and the writer (two builds of one process do not meet).</summary>
    private string Staging => field ??= ProcessFolders.NewPath(Parent, StagingPrefix);

    public IReadOnlyCollection<string> Paths
    {
        get
        {
            lock (gate)
            {
                return [.. written];
            }
        }
    }

    /// <summary>Writes all of <paramref name="files"/> and swaps them in.</summary>
    public IReadOnlyList<Diagnostic> Write(IEnumerable<OutputFile> files)
    {
        foreach (var file in files)
        {
            Add(file);
        }
        return Commit();
    }

    public void Add(OutputFile file)
    {
        bool again;
        lock (gate)
        {
            if (failure is not null || !Start())
            {
                return;   // reported by Commit; the rest of the build still runs, for its diagnostics
            }
            again = !written.Add(file.Path);
        }
        try
        {
            var path = Path.Combine(Staging, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            if (again)
            {
                File.Delete(path);   // its first version may be a name of the output's file (UnchangedFiles): never written through
            }
            if (UnchangedFiles.TryLink(Path.Combine(output, file.Path), path, file.Content.Span))
            {
                return;
            }
            using var handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            RandomAccess.Write(handle, file.Content.Span, fileOffset: 0);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            lock (gate)
            {
                failure ??= e;
            }
        }
    }

    public SiteFolder OpenSiteFolder()
    {
        lock (gate)
        {
            Start();
        }
        return new SiteFolder(Path.Combine(Staging, SiteLayout.Folder), temporary: false);
    }

    /// <summary>Puts the staging folder in the place of the output folder; a diagnostic when the files could not be written.</summary>
    public IReadOnlyList<Diagnostic> Commit()
    {
        lock (gate)
        {
            try
            {
                Start();
                if (failure is null)
                {
                    DirectorySwap.Exchange(Staging, output);
                    committed = true;
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                failure ??= e;
            }
            ProcessFolders.DeleteQuietly(Staging);   // the output replaced, if any; a leftover is harmless: the next build removes it
            return Failure is { } failed ? [failed] : [];
        }
    }

    public Diagnostic? Failure
    {
        get
        {
            lock (gate)
            {
                return failure is null ? null : Diagnostic.Error(Codes.WriteFailed, SourceSpan.WholeFile(output),
                    $"impossibile scrivere il risultato in {output}: {failure.Message}. L'ultimo risultato valido è rimasto intatto");
            }
        }
    }

    /// <summary>Without a commit (the build failed): the staging folder goes, the output folder is untouched.</summary>
    public void Dispose()
    {
        lock (gate)
        {
            if (started && !committed)
            {
                ProcessFolders.DeleteQuietly(Staging);   // a leftover is harmless: the next build removes it
            }
        }
    }

    /// <summary>Creates the staging folder on first use (under the lock); false when it cannot be made.</summary>
    private bool Start()
    {
        if (started || failure is not null)
        {
            return failure is null;
        }
        try
        {
            Directory.CreateDirectory(Parent);
            ProcessFolders.RemoveLeftovers(Parent, StagingPrefix);   // of builds killed before they could clean up
            Directory.CreateDirectory(Staging);
            started = true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            failure = e;
        }
        return failure is null;
    }
}
