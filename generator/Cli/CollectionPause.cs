using System.Runtime;
using PianoSite.Load;

namespace PianoSite.Cli;

/// <summary>
/// A build or a check run by the command line is a batch: the process ends when it is done, and its memory goes back
/// with it. The garbage collector's collections along the way stop every thread while one of them collects (on two
/// cores, half the machine idle): at 10,000 objectives five or six of them, 0.2–0.3 s, fell in the pages stage
/// alone. When everything the command is expected to allocate up to its last page fits in its budget (<see cref="MaxBudget"/>), the
/// collector is asked not to collect (a no-GC region) until the command ends or its allocations pass the budget;
/// past it the runtime ends the region by itself with one collection, and collects as usual from then on. Larger
/// plans run as before: the region would end during their parse and only raise their peak (docs/benchmarks.md,
/// eleventh round). The preview server is a long-lived process and keeps the usual collections.
/// </summary>
internal sealed class CollectionPause : IDisposable
{
    /// <summary>
    /// The most a command may allocate without a collection, and so about the most it adds to the peak memory.
    /// A 10,000-objective build allocates about 440 MB up to its last page (600 MB in all).
    /// </summary>
    public const long MaxBudget = 640L << 20;

    /// <summary>
    /// Managed bytes a build allocates up to its last page, per byte of content: measured 240, 170, 137 and 107 on the
    /// real plan and on plans of 1,000, 10,000 and 50,000 objectives (fixed costs weigh most on small plans). The
    /// estimate errs high on large plans, which are past the budget anyway.
    /// </summary>
    public const long BytesPerContentByte = 150;

    /// <summary>The templates, the runtime and the libraries, whatever the plan: 23 MB for the real plan's build.</summary>
    public const long FixedBytes = 16L << 20;

    private CollectionPause(long budget) => Budget = budget;

    /// <summary>The bytes the command may allocate before the runtime ends the pause with a collection.</summary>
    public long Budget { get; }

    /// <summary>The budget this machine allows: <see cref="MaxBudget"/>, or a quarter of the memory the process may use when that is less.</summary>
    public static long BudgetFor(long availableMemory) => Math.Min(MaxBudget, availableMemory / 4);

    /// <summary>Whether a plan of <paramref name="contentBytes"/> is expected to reach its last page within <paramref name="budget"/>.</summary>
    public static bool Fits(long contentBytes, long budget) => FixedBytes + BytesPerContentByte * contentBytes <= budget;

    /// <summary>
    /// Starts the pause for the plan in <paramref name="planRoot"/> when it fits; null when it does not, or when the
    /// runtime refuses (another command of the same process holds a region: the tests run several at once).
    /// </summary>
    public static CollectionPause? Start(string planRoot) => Start(planRoot, BudgetFor(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes));

    /// <summary>Starts the pause with <paramref name="budget"/> bytes when the plan fits in it.</summary>
    internal static CollectionPause? Start(string planRoot, long budget)
    {
        if (!Fits(ContentBytes(planRoot), budget))
        {
            return null;
        }
        try
        {
            return GC.TryStartNoGCRegion(budget) ? new CollectionPause(budget) : null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentOutOfRangeException)
        {
            return null;   // already in a region, or more than this runtime's collector can promise: collect as usual
        }
    }

    /// <summary>Ends the region if it is still on (it ends by itself once the budget is spent).</summary>
    public void Dispose()
    {
        if (GCSettings.LatencyMode != GCLatencyMode.NoGCRegion)
        {
            return;
        }
        try
        {
            GC.EndNoGCRegion();
        }
        catch (InvalidOperationException)
        {
            // The budget was spent between the check and the call: the runtime has ended the region already.
        }
    }

    /// <summary>The bytes of every file below the plan's content folder (0 when it does not exist: the load stage reports that).</summary>
    private static long ContentBytes(string planRoot)
    {
        var folder = new DirectoryInfo(Path.Combine(planRoot, ContentLayout.ContentFolder));
        return folder.Exists
            ? folder.EnumerateFiles("*", SearchOption.AllDirectories).Sum(file => file.Length)
            : 0;
    }
}
