using System.Runtime.ExceptionServices;
using System.Runtime.InteropServices;

namespace PianoSite.Pipeline;

/// <summary>
/// Runs work on a thread of its own whose scheduling priority is lowered (Linux: nice 10, for that thread alone),
/// and waits for it. A build's last files — the open data, the print page, the link check — are made while
/// Pagefind indexes the pages, and both want the cores: Pagefind is the longer of the two, so the build ends
/// sooner when it goes first and this work takes what it leaves (10,000 objectives: −0.2 s, docs/benchmarks.md).
/// The calling thread's priority is not touched, nor Pagefind's, which was started before. Elsewhere than on
/// Linux, or if the priority cannot be changed, the work simply runs on that thread.
/// </summary>
internal static partial class YieldingThread
{
    private const int Niceness = 10;

    private const int PrioProcess = 0;   // setpriority's "which": with a thread id, that thread only (Linux)

    /// <summary>What <paramref name="work"/> returns; what it threw is thrown again, on the calling thread.</summary>
    public static T Run<T>(Func<T> work)
    {
        if (!OperatingSystem.IsLinux())
        {
            return work();
        }
        T result = default!;
        ExceptionDispatchInfo? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                Yield();
                result = work();
            }
#pragma warning disable CA1031 // Rethrown below, on the thread that waits for this one.
            catch (Exception e)
#pragma warning restore CA1031
            {
                failure = ExceptionDispatchInfo.Capture(e);
            }
        })
        {
            Name = "pianosite: rest of the site",
            IsBackground = true,
        };
        thread.Start();
        thread.Join();
        failure?.Throw();
        return result;
    }

    private static void Yield()
    {
        try
        {
            _ = SetPriority(PrioProcess, GetThreadId(), Niceness);   // a failure leaves the thread as it was
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            // a C library without gettid (glibc before 2.30): the work runs at the usual priority
        }
    }

    [LibraryImport("libc", EntryPoint = "gettid")]
    private static partial int GetThreadId();

    [LibraryImport("libc", EntryPoint = "setpriority", SetLastError = true)]
    private static partial int SetPriority(int which, int who, int priority);
}
