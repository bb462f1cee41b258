using System.Diagnostics;
using System.Globalization;

namespace PianoSite.Write;

/// <summary>
/// Folders that belong to one run of the generator: the staging folder of a build, the temporary folders of the
/// search index. Each is named after its process, so that the folders of a run that was killed before it could
/// remove them (Ctrl+C, a closed terminal, a machine that stopped) are recognised and removed by the next run,
/// while those of a run still going are left alone.
/// </summary>
public static class ProcessFolders
{
    /// <summary>A new folder's path (not created): <paramref name="parent"/>/<paramref name="prefix"/>PID-GUID.</summary>
    public static string NewPath(string parent, string prefix) =>
        Path.Combine(parent, $"{prefix}{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}-{Guid.NewGuid():N}");

    /// <summary>A new folder's path in the system's temporary folder (TMPDIR when set), after removing the leftovers of killed runs with the same prefix.</summary>
    public static string NewTemporaryPath(string prefix)
    {
        var root = Path.GetTempPath();
        RemoveLeftovers(root, prefix);
        return NewPath(root, prefix);
    }

    /// <summary>
    /// Removes the folders <paramref name="parent"/>/<paramref name="prefix"/>PID-… of processes no longer running.
    /// A folder that cannot be removed stays: it is harmless, and the next run tries again.
    /// </summary>
    public static void RemoveLeftovers(string parent, string prefix)
    {
        IEnumerable<string> folders;
        try
        {
            folders = Directory.EnumerateDirectories(parent, prefix + "*").ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return;
        }
        foreach (var folder in folders)
        {
            var pid = Path.GetFileName(folder)[prefix.Length..].Split('-')[0];
            if (!int.TryParse(pid, NumberStyles.None, CultureInfo.InvariantCulture, out var id) || !IsRunning(id))
            {
                DeleteQuietly(folder);
            }
        }
    }

    /// <summary>Removes a folder and its content, if it can (a folder in use or without permission stays).</summary>
    public static void DeleteQuietly(string path)
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
            // left for the next run's RemoveLeftovers
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }
}
