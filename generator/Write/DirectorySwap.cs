using System.Runtime.InteropServices;

namespace PianoSite.Write;

/// <summary>
/// Puts a fully written folder in the place of another in one step. On Linux renameat2(RENAME_EXCHANGE) swaps
/// the two folders atomically, so at every instant the output path holds either the whole previous build or
/// the whole new one, even if the process is killed. Elsewhere two renames are used.
/// </summary>
internal static partial class DirectorySwap
{
    private const int AtFdCwd = -100;
    private const uint RenameExchange = 2;

    /// <summary>Moves <paramref name="source"/> to <paramref name="target"/>; the old target (if any) ends up at <paramref name="source"/>.</summary>
    public static void Exchange(string source, string target)
    {
        if (!Directory.Exists(target))
        {
            Directory.Move(source, target);
            return;
        }
        if (OperatingSystem.IsLinux() && TryExchange(source, target))
        {
            return;
        }
        var parked = source + ".old";
        Directory.Move(target, parked);
        Directory.Move(source, target);
        Directory.Move(parked, source);
    }

    private static bool TryExchange(string source, string target)
    {
        try
        {
            return RenameAt2(AtFdCwd, source, AtFdCwd, target, RenameExchange) == 0;
        }
        catch (EntryPointNotFoundException)
        {
            return false;
        }
    }

    [LibraryImport("libc", EntryPoint = "renameat2", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int RenameAt2(int oldDirFd, string oldPath, int newDirFd, string newPath, uint flags);
}
