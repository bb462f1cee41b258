namespace PianoSite.Load;

/// <summary>Where each kind of content file lives, relative to the plan's root.</summary>
public static class ContentLayout
{
    public const string ContentFolder = "content";
    public const string TemplatesFolder = "templates";
    public const string PlanFile = "content/piano.yml";
    public const string PnrrFile = "content/pnrr.yml";
    public const string ChecksFile = "content/controlli.yml";
    public const string CatalogueFile = "content/catalogo.yml";
    public const string MissionsFolder = "content/missioni";
    public const string DriversFolder = "content/agenda";
    public const string PagesFolder = "content/pagine";

    /// <summary>Largest content file accepted: the real plan's largest file is about 20 KB.</summary>
    public const long MaxFileBytes = 2 * 1024 * 1024;

    /// <summary>Editors' backup, swap and temporary files: never content, silently skipped.</summary>
    public static bool IsEditorArtefact(string fileName) =>
        fileName.StartsWith('.')
        || fileName.StartsWith('#')
        || fileName.StartsWith("~$", StringComparison.Ordinal)
        || fileName.EndsWith('~')
        || fileName.EndsWith(".swp", StringComparison.OrdinalIgnoreCase)
        || fileName.EndsWith(".swx", StringComparison.OrdinalIgnoreCase)
        || fileName.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase)
        || fileName.EndsWith(".bak", StringComparison.OrdinalIgnoreCase)
        || fileName.EndsWith(".orig", StringComparison.OrdinalIgnoreCase);
}
