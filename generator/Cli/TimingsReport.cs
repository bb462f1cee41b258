using System.Diagnostics;
using System.Globalization;
using PianoSite.Pipeline;

namespace PianoSite.Cli;

/// <summary>Prints <c>build --timings</c>: the time of each stage, all the stages from first start to last end, and the whole process.</summary>
public static class TimingsReport
{
    public static void Write(StageTimings timings, TextWriter output)
    {
        output.WriteLine("Tempi per fase:");
        foreach (var item in timings.Items)
        {
            output.WriteLine(Line(item.Summed ? $"{item.Stage} Σ" : item.Stage, item.Elapsed));
        }
        if (timings.Items.Any(t => t.Summed))
        {
            output.WriteLine("  (Σ: somma sulle pagine, elaborate in parallelo durante «pages»)");
        }
        // Stages overlap (pages with their verify and write, the search index with the link check): the
        // stages' wall time is less than their sum.
        output.WriteLine(Line("stages", timings.Wall));
        using var process = Process.GetCurrentProcess();
        var sinceStart = DateTime.Now - process.StartTime;
        output.WriteLine(Line("process", sinceStart));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  memoria: picco {process.PeakWorkingSet64 / (1024 * 1024)} MB, heap gestito {GC.GetTotalMemory(forceFullCollection: false) / (1024 * 1024)} MB, raccolte gen0/1/2 {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} (pause {GC.GetTotalPauseDuration().TotalMilliseconds:0} ms), allocati {GC.GetTotalAllocatedBytes() / (1024 * 1024)} MB"));
    }

    private static string Line(string stage, TimeSpan elapsed) =>
        string.Create(CultureInfo.InvariantCulture, $"  {stage,-12} {elapsed.TotalMilliseconds,9:0.0} ms");
}
