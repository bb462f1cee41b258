using PianoSite.Load;

namespace PianoSite.Cli;

/// <summary>The default --root: the nearest folder, from the current one upwards, that holds content/.</summary>
public static class PlanRoot
{
    public static string Find(string start) =>
        Upwards.Find(start, dir => Directory.Exists(Path.Combine(dir, ContentLayout.ContentFolder))) ?? Path.GetFullPath(start);
}
