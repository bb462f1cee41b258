using System.Collections.Concurrent;
using PianoSite.Diagnostics;
using PianoSite.Output;

namespace PianoSite.Write;

/// <summary>The files of a run kept in memory: what the preview serves, and what the tests read.</summary>
public sealed class MemoryOutputWriter : IOutputWriter
{
    private readonly ConcurrentDictionary<string, OutputFile> files = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> Paths => [.. files.Keys];

    public Diagnostic? Failure => null;

    /// <summary>Every file, in path order: the same order whatever order the threads added them in.</summary>
    public IReadOnlyList<OutputFile> Files => [.. files.Values.OrderBy(f => f.Path, StringComparer.Ordinal)];

    public void Add(OutputFile file) => files[file.Path] = file.Detached();   // the caller releases a pooled file once it is added

    public SiteFolder OpenSiteFolder()
    {
        var folder = new SiteFolder(ProcessFolders.NewTemporaryPath("pianosite-site-"), temporary: true);
        try
        {
            foreach (var page in files.Values.Where(p => SiteLayout.IsPage(p.Path)))
            {
                SiteFolder.WritePage(folder.Path, page, leftOut: []);
            }
            Directory.CreateDirectory(folder.Path);
            return folder;
        }
        catch
        {
            folder.Dispose();
            throw;
        }
    }
}
