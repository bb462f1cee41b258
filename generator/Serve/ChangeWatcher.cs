using System.Threading.Channels;
using PianoSite.Load;

namespace PianoSite.Serve;

/// <summary>
/// Turns file-system events under content/ and templates/ into paths relative to their plan root
/// ("content/agenda/01-….md") on a channel. Editors' swap, backup and temporary files are dropped here. If
/// content/ or templates/ is deleted or replaced as a whole (a git checkout, a restored backup) its watcher is
/// re-armed when it reappears; when the system drops events (buffer overflow) a full rebuild is asked for.
/// </summary>
internal sealed class ChangeWatcher : IDisposable
{
    /// <summary>The path sent when events were lost: everything must be considered changed.</summary>
    public const string Everything = "*";

    private readonly WatchedFolder[] folders;
    private readonly ChannelWriter<string> changes;
    private readonly List<FileSystemWatcher> rootWatchers = [];
    private readonly Dictionary<WatchedFolder, FileSystemWatcher> folderWatchers = [];
    private readonly Lock gate = new();
    private bool disposed;

    /// <param name="templatesRoot">the root whose templates/ renders the site (the plan's own, or the checkout's).</param>
    public ChangeWatcher(string root, string templatesRoot, ChannelWriter<string> changes)
    {
        folders =
        [
            new WatchedFolder(Path.GetFullPath(root), ContentLayout.ContentFolder),
            new WatchedFolder(Path.GetFullPath(templatesRoot), ContentLayout.TemplatesFolder),
        ];
        this.changes = changes;
        foreach (var parent in folders.Select(f => f.Parent).Distinct(StringComparer.Ordinal))
        {
            // The root itself, not recursively (node_modules/ and output/ live there): only to see the watched
            // folders come and go.
            var watcher = new FileSystemWatcher(parent) { IncludeSubdirectories = false, NotifyFilter = NotifyFilters.DirectoryName };
            Subscribe(watcher, OnRootChange);
            watcher.EnableRaisingEvents = true;
            rootWatchers.Add(watcher);
        }
        foreach (var folder in folders)
        {
            Arm(folder);
        }
    }

    public void Dispose()
    {
        lock (gate)
        {
            disposed = true;
            foreach (var watcher in rootWatchers.Concat(folderWatchers.Values))
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
        foreach (var folder in folders.Where(f => f.FullPath == fullPath))
        {
            Arm(folder);
            changes.TryWrite(folder.Name);
        }
    }

    /// <summary>(Re)creates the watcher of one folder if the folder exists now.</summary>
    private void Arm(WatchedFolder folder)
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
            if (!Directory.Exists(folder.FullPath))
            {
                return;
            }
            try
            {
                var watcher = new FileSystemWatcher(folder.FullPath)
                {
                    IncludeSubdirectories = true,
                    NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
                    // Linux: inotify, a watch per folder. Windows: one ReadDirectoryChangesW over the folder and its
                    // subfolders, whose buffer may not exceed 64 KB on a network share; an overflow comes as Error,
                    // and Lost() asks for a full rebuild.
                    InternalBufferSize = 64 * 1024,
                };
                Subscribe(watcher, path => OnChange(folder, path));
                watcher.EnableRaisingEvents = true;
                folderWatchers[folder] = watcher;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
            {
                // The folder vanished between the check and the watch: the root watcher sees it come back.
                changes.TryWrite(folder.Name);
            }
        }
    }

    private void OnChange(WatchedFolder folder, string fullPath)
    {
        var relative = Path.GetRelativePath(folder.Parent, fullPath).Replace('\\', '/');
        if (relative.Split('/').Any(ContentLayout.IsEditorArtefact))
        {
            return;
        }
        changes.TryWrite(relative);
    }

    private void Lost()
    {
        changes.TryWrite(Everything);
        foreach (var folder in folders)
        {
            Arm(folder);
        }
    }

    /// <summary>content/ or templates/ (<paramref name="Name"/>) inside its root (<paramref name="Parent"/>).</summary>
    private sealed record WatchedFolder(string Parent, string Name)
    {
        public string FullPath => Path.Combine(Parent, Name);
    }
}
