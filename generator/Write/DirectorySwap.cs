using System.Runtime.InteropServices;

namespace PianoSite.Write;

/// <summary>
/// Puts a fully written folder in the place of another in one step. On Linux renameat2(RENAME_EXCHANGE) swaps
/// the two folders atomically, so at every instant the output path holds either the whole previous build or
/// the whole new one, even if the process is killed. Elsewhere (Windows, macOS) nothing swaps two folders in one step:
/// <see cref="ExchangeByRenames"/> parks the output beside it, moves the new one in and puts the old one where the new
/// one was. If the second move fails, the output is moved back before the failure is reported. If the process is killed
/// between the two moves (a window of two renames), output/ is missing until the next build: the last good output is
/// then the parked folder beside it (.output.staging-….old), which the next build removes as a killed build's leftover.
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
        ExchangeByRenames(source, target);
    }

    /// <summary>The swap as three renames, for systems without an atomic exchange; <paramref name="target"/> exists.</summary>
    internal static void ExchangeByRenames(string source, string target)
    {
        var parked = source + ".old";
        Directory.Move(target, parked);   // fails, with nothing moved, while a file inside is open without sharing (Windows)
        try
        {
            Directory.Move(source, target);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Directory.Move(parked, target);   // the last good output back in its place
            throw;
        }
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
