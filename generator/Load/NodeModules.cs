namespace PianoSite.Load;

/// <summary>
/// Finds a package installed by npm (package.json): in the plan's root or above it, else beside the
/// PianoSite checkout the generator runs from (a plan kept in its own folder still finds the tools).
/// </summary>
public static class NodeModules
{
    public static string? Find(string root, string relativePath) =>
        new[] { root, AppContext.BaseDirectory }
            .Select(start => Upwards.Find(start, dir => Path.Exists(Path.Combine(dir, "node_modules", relativePath))))
            .OfType<string>()
            .Select(dir => Path.Combine(dir, "node_modules", relativePath))
            .FirstOrDefault();
}
