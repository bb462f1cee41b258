using PianoSite.Load;

namespace PianoSite.Cli;

/// <summary>The default --root: the nearest folder, from the current one upwards, that holds content/.</summary>
public static class PlanRoot
{
    public static string Find(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, ContentLayout.ContentFolder)))
            {
                return dir.FullName;
            }
        }
        return Path.GetFullPath(start);
    }
}
