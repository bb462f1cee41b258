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

    /// <summary>What a file system in memory must have free to hold the temporary folders (the search index's input and bundle of a large plan take tens of megabytes).</summary>
    private const long MemoryRoomNeeded = 512L * 1024 * 1024;

    /// <summary>The file system in memory of Linux systems.</summary>
    private const string SharedMemory = "/dev/shm";

    /// <summary>
    /// Where temporary folders go: TMPDIR when it is set (whoever runs the build chose it); else, on Linux, the file
    /// system in memory (/dev/shm) when it has room for them, since every build writes the search index's input
    /// and bundle (a thousand files at 10,000 objectives) and removes them, which on a disk costs a few tenths
    /// of a second of the system's time; else the system's temporary folder.
    /// </summary>
    public static string TemporaryRoot => temporaryRoot.Value;

    private static readonly Lazy<string> temporaryRoot = new(ChooseTemporaryRoot);

    /// <summary>A new folder's path in <see cref="TemporaryRoot"/>, after removing the leftovers of killed runs with the same prefix.</summary>
    public static string NewTemporaryPath(string prefix)
    {
        foreach (var root in new[] { TemporaryRoot, Path.GetTempPath() }.Distinct(StringComparer.Ordinal))
        {
            RemoveLeftovers(root, prefix);   // a killed run may have used either
        }
        return NewPath(TemporaryRoot, prefix);
    }

    private static string ChooseTemporaryRoot()
    {
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("TMPDIR")) || !OperatingSystem.IsLinux())
        {
            return Path.GetTempPath();
        }
        try
        {
            var probe = Directory.CreateDirectory(NewPath(SharedMemory, "pianosite-probe-"));
            probe.Delete();
            return new DriveInfo(SharedMemory).AvailableFreeSpace >= MemoryRoomNeeded ? SharedMemory + Path.DirectorySeparatorChar : Path.GetTempPath();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return Path.GetTempPath();
        }
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
