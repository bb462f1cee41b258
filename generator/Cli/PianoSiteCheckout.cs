using PianoSite.Load;

namespace PianoSite.Cli;

/// <summary>
/// The PianoSite checkout the generator runs from (found upwards from the program's own folder, as
/// <see cref="Render.Site.SiteAssets"/> finds node_modules): it lends its templates/ to plans that have none
/// and its content/ to the synth verb as a word source.
/// </summary>
public static class PianoSiteCheckout
{
    /// <summary>The nearest folder above the program holding <paramref name="folder"/>, or null.</summary>
    public static string? Find(string folder) =>
        Upwards.Find(AppContext.BaseDirectory, dir => Directory.Exists(Path.Combine(dir, folder)));

    /// <summary>The plan's own root when it has templates/, else the checkout's; the plan's root when neither exists (and the build says so).</summary>
    public static string TemplatesRoot(string planRoot) =>
        Directory.Exists(Path.Combine(planRoot, ContentLayout.TemplatesFolder))
            ? planRoot
            : Find(ContentLayout.TemplatesFolder) ?? planRoot;
}
