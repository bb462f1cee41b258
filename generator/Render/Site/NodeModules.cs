namespace PianoSite.Render.Site;

/// <summary>
/// Finds a package installed by npm (package.json): in the plan's root or above it, else beside the
/// PianoSite checkout the generator runs from (a plan kept in its own folder still finds the tools).
/// </summary>
public static class NodeModules
{
    public static string? Find(string root, string relativePath)
    {
        foreach (var start in new[] { root, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(Path.GetFullPath(start)); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "node_modules", relativePath);
                if (Directory.Exists(candidate) || File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }
        return null;
    }
}
