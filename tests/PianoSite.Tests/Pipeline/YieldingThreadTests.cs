using PianoSite.Pipeline;

namespace PianoSite.Tests.Pipeline;

/// <summary>
/// The rest of a build's site is made on a thread of lower priority while Pagefind indexes (<see cref="YieldingThread"/>):
/// that thread alone is lowered, and what the work throws reaches the caller as it was thrown.
/// </summary>
public sealed class YieldingThreadTests
{
    [Fact]
    public void The_work_runs_on_another_thread_at_a_lower_priority_and_the_callers_stays_as_it_was()
    {
        var callerBefore = Niceness();
        var (thread, niceness) = (0, 0);

        var returned = YieldingThread.Run(() =>
        {
            (thread, niceness) = (Environment.CurrentManagedThreadId, Niceness());
            return "fatto";
        });

        Assert.Equal("fatto", returned);
        Assert.NotEqual(Environment.CurrentManagedThreadId, thread);
        Assert.Equal(callerBefore, Niceness());
        if (OperatingSystem.IsLinux())
        {
            Assert.Equal(Math.Min(19, callerBefore + 10), niceness);
        }
    }

    [Fact]
    public void What_the_work_throws_is_thrown_to_the_caller()
    {
        var thrown = Assert.Throws<OperationCanceledException>(() => YieldingThread.Run<int>(() => throw new OperationCanceledException("fermata")));

        Assert.Equal("fermata", thrown.Message);
        Assert.Contains(nameof(What_the_work_throws_is_thrown_to_the_caller), thrown.StackTrace, StringComparison.Ordinal);
    }

    /// <summary>The calling thread's nice value (Linux: field 19 of /proc/thread-self/stat); 0 elsewhere.</summary>
    private static int Niceness()
    {
        if (!OperatingSystem.IsLinux())
        {
            return 0;
        }
        var stat = File.ReadAllText("/proc/thread-self/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');   // after "pid (name) ": field 3 onwards
        return int.Parse(fields[19 - 3], System.Globalization.CultureInfo.InvariantCulture);
    }
}
