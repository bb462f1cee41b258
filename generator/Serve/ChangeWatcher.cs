using System.Threading.Channels;
using PianoSite.Load;

namespace PianoSite.Serve;

/// <summary>
/// Turns file-system events under content/ and templates/ into plan-relative paths ("content/agenda/01-….md")
/// on a channel. Editors' swap, backup and temporary files are dropped here. If content/ or templates/ is
/// deleted or replaced as a whole (a git checkout, a restored backup) its watcher is re-armed when it
/// reappears; when the system drops events (buffer overflow) a full rebuild is asked for.
/// </summary>
internal sealed class ChangeWatcher : IDisposable
{
    /// <summary>The path sent when events were lost: everything must be considered changed.</summary>
    public const string Everything = "*";

    private static readonly string[] Folders = [ContentLayout.ContentFolder, ContentLayout.TemplatesFolder];

    private readonly string root;
    private readonly ChannelWriter<string> changes;
    private readonly FileSystemWatcher rootWatcher;
    private readonly Dictionary<string, FileSystemWatcher> folderWatchers = new(StringComparer.Ordinal);
    private readonly Lock gate = new();
    private bool disposed;

    public ChangeWatcher(string root, ChannelWriter<string> changes)
    {
        this.root = Path.GetFullPath(root);
        this.changes = changes;
        // The root itself, not recursively (node_modules/ and output/ live there): only to see the watched
        // folders come and go.
        rootWatcher = new FileSystemWatcher(this.root)
        {
            IncludeSubdirectories = false,
            NotifyFilter = NotifyFilters.DirectoryName,
        };
        Subscribe(rootWatcher, OnRootChange);
        rootWatcher.EnableRaisingEvents = true;
        foreach (var folder in Folders)
        {
            Arm(folder);
        }
    }

    public void Dispose()
    {
        lock (gate)
        {
            disposed = true;
            rootWatcher.Dispose();
            foreach (var watcher in folderWatchers.Values)
            {
                watcher.Dispose();
            }
            folderWatchers.Clear();
        }
    }

    private void Subscribe(FileSystemWatcher watcher, Action<string> onPath)
    {
        watcher.Created += (_, e) => onPath(e.FullPath);
        watcher.Changed += (_, e) => onPath(e.FullPath);
        watcher.Deleted += (_, e) => onPath(e.FullPath);
        watcher.Renamed += (_, e) =>
        {
            onPath(e.OldFullPath);
            onPath(e.FullPath);
        };
        watcher.Error += (_, _) => Lost();
    }

    private void OnRootChange(string fullPath)
    {
        var name = Path.GetFileName(fullPath);
        if (!Folders.Contains(name, StringComparer.Ordinal))
        {
            return;
        }
        Arm(name);
        changes.TryWrite(name);
    }

    /// <summary>(Re)creates the watcher of one folder if the folder exists now.</summary>
    private void Arm(string folder)
    {
        lock (gate)
        {
            if (disposed)
            {
                return;
            }
            if (folderWatchers.Remove(folder, out var old))
            {
                old.Dispose();
            }
            var full = Path.Combine(root, folder);
            if (!Directory.Exists(full))
            {
                return;
            }
            try
            {
                var watcher = new FileSystemWatcher(full)
                {
                    IncludeSubdirectories = true,
                    NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
                    InternalBufferSize = 64 * 1024,
                };
                Subscribe(watcher, OnChange);
                watcher.EnableRaisingEvents = true;
                folderWatchers[folder] = watcher;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
            {
                // The folder vanished between the check and the watch: the root watcher sees it come back.
                changes.TryWrite(folder);
            }
        }
    }

    private void OnChange(string fullPath)
    {
        var relative = Path.GetRelativePath(root, fullPath).Replace('\\', '/');
        if (relative.Split('/').Any(ContentLayout.IsEditorArtefact))
        {
            return;
        }
        changes.TryWrite(relative);
    }

    private void Lost()
    {
        changes.TryWrite(Everything);
        foreach (var folder in Folders)
        {
            Arm(folder);
        }
    }
}
