using System.Buffers;
using System.Runtime.InteropServices;

namespace PianoSite.Write;

/// <summary>
/// The files a build makes again byte for byte: instead of being written into the staging folder, each is given
/// a second name there (a hard link to the last good output's file). A rebuild of a plan that changed a little
/// then writes only the files that changed, and the others keep their date, so that whoever publishes the
/// output by copying what changed (rsync) copies only those. It is also the write stage's largest saving: at
/// 10,000 objectives, creating and later removing a thousand files of 90 MB cost a tenth of a build's time.
/// The last good output's file is only read and linked, never written: the staging folder's name for it is removed
/// before anything writes that path again (<see cref="DiskOutputWriter"/>), so the output stays as it was
/// until the swap. Linux only (elsewhere, and on file systems without hard links, every file is written).
/// </summary>
internal static partial class UnchangedFiles
{
    /// <summary>Bytes compared per read.</summary>
    private const int ChunkLength = 1 << 20;

    /// <summary>Whether <paramref name="target"/> was made a name of <paramref name="previous"/>, a regular file of exactly <paramref name="content"/>.</summary>
    /// <param name="previous">the file at the same place in the last good output.</param>
    /// <param name="target">its path in the staging folder, whose folder exists and which does not exist yet.</param>
    public static bool TryLink(string previous, string target, ReadOnlySpan<byte> content)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }
        try
        {
            // A symbolic link someone put in the output is not a file the build made: it is replaced by one.
            if ((File.GetAttributes(previous) & (FileAttributes.ReparsePoint | FileAttributes.Directory)) != 0)
            {
                return false;
            }
            using var handle = File.OpenHandle(previous, FileMode.Open, FileAccess.Read, FileShare.Read);
            if (RandomAccess.GetLength(handle) != content.Length || !SameBytes(handle, content))
            {
                return false;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;   // none there (the first build, a new page) or unreadable: written as usual
        }
        return Link(previous, target) == 0;   // a file system without hard links, or another disk: written as usual
    }

    private static bool SameBytes(Microsoft.Win32.SafeHandles.SafeFileHandle handle, ReadOnlySpan<byte> content)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Min(content.Length, ChunkLength));
        try
        {
            var offset = 0;
            while (offset < content.Length)
            {
                var read = RandomAccess.Read(handle, buffer.AsSpan(0, Math.Min(buffer.Length, content.Length - offset)), offset);
                if (read <= 0 || !buffer.AsSpan(0, read).SequenceEqual(content.Slice(offset, read)))
                {
                    return false;
                }
                offset += read;
            }
            return true;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    [LibraryImport("libc", EntryPoint = "link", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Link(string existing, string newName);
}
