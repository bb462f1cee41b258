using PianoSite.Tests.Support;

namespace PianoSite.Tests.Scripts;

/// <summary>What build.sh and build.ps1 did for the same command in the same state of the copy (Bash: null on Windows).</summary>
public sealed record Twin(CliRun? Bash, CliRun PowerShell);

/// <summary>
/// One fresh copy of the repository, and the two entry scripts run in it in one order, from nothing installed or
/// published to a change of the generator's code and of its packages, as a user would meet them. Run once for
/// <see cref="ScriptTwinTests"/>, which then only compares what was recorded. Where the step changes what is
/// installed (npm ci, the generator's publish), the other script's run starts again from the same state.
/// </summary>
public sealed class ScriptTwinRuns : IAsyncLifetime
{
    public const string Preparing = "build.sh: preparing the generator";

    private static readonly Dictionary<string, string> AsIs = [];

    private RepositoryCopy? copy;

    /// <summary>Folders of links for the PATHs that lack a program.</summary>
    private readonly string scratch = Directory.CreateTempSubdirectory("pianosite-path-").FullName;

    public RepositoryCopy Copy => copy ?? throw new InvalidOperationException("the copy is not made");

    public Twin UnknownVerb { get; private set; } = null!;

    public Twin Help { get; private set; } = null!;

    /// <summary>check without dotnet on PATH, build --no-pdf without npm (and no node_modules/ yet).</summary>
    public Dictionary<string, Twin> WithoutProgram { get; } = [];

    /// <summary>check on a copy with no generator published: each script publishes it.</summary>
    public Twin FirstCheck { get; private set; } = null!;

    /// <summary>check right after the other script published the generator.</summary>
    public Twin WarmCheck { get; private set; } = null!;

    /// <summary>build --no-pdf on a copy without node_modules/ and output/, no browser variable set.</summary>
    public Twin BuildWithoutPdf { get; private set; } = null!;

    public SortedDictionary<string, string> PowerShellOutput { get; private set; } = null!;

    public SortedDictionary<string, string>? BashOutput { get; private set; }

    public Twin BuildUsageError { get; private set; } = null!;

    public Twin ServeUsageError { get; private set; } = null!;

    /// <summary>build (with the PDF) with PIANOSITE_BROWSER naming a file that does not exist.</summary>
    public Twin MissingBrowser { get; private set; } = null!;

    public bool OutputKeptWithoutBrowser { get; private set; }

    public Twin ContentError { get; private set; } = null!;

    /// <summary>The first line the content error was put on.</summary>
    public int ContentErrorLine { get; private set; }

    /// <summary>After a change to the generator's code: the first script run, then the other (build.ps1 twice on Windows).</summary>
    public (CliRun First, CliRun Then) AfterCodeChange { get; private set; }

    /// <summary>After a change to Directory.Packages.props: the first script run, then the other.</summary>
    public (CliRun First, CliRun Then) AfterPackagesChange { get; private set; }

    public Task InitializeAsync() => Task.Run(Run);

    public Task DisposeAsync()
    {
        copy?.Dispose();
        Directory.Delete(scratch, recursive: true);
        return Task.CompletedTask;
    }

    private void Run()
    {
        copy = RepositoryCopy.Make();
        EntryScripts.RestoreTools(Copy.Root);

        UnknownVerb = Both(AsIs, "frobnicate");
        Help = Both(AsIs, "help");
        WithoutProgram["dotnet"] = Both(new() { ["PATH"] = Programs.PathWithout("dotnet", scratch) }, "check");
        WithoutProgram["npm"] = Both(new() { ["PATH"] = Programs.PathWithout("npm", scratch) }, "build", "--no-pdf");

        // The first run publishes the generator; the other script then uses that publish; and the other way round.
        var firstPowerShell = PowerShell(AsIs, "check");
        var warmBash = Bash(AsIs, "check");
        CliRun? firstBash = null;
        if (EntryScripts.BashRuns)
        {
            Copy.DeleteFolder("generator/bin/publish");
            firstBash = Bash(AsIs, "check");
        }
        var warmPowerShell = PowerShell(AsIs, "check");
        FirstCheck = new Twin(firstBash, firstPowerShell);
        WarmCheck = new Twin(warmBash, warmPowerShell);

        var buildPowerShell = PowerShell(AsIs, "build", "--no-pdf");
        PowerShellOutput = OutputHashes.Of(Copy.PathOf("output"));
        CliRun? buildBash = null;
        if (EntryScripts.BashRuns)
        {
            Copy.DeleteFolder("node_modules");
            Copy.DeleteFolder("output");
            buildBash = Bash(AsIs, "build", "--no-pdf");
            BashOutput = OutputHashes.Of(Copy.PathOf("output"));
        }
        BuildWithoutPdf = new Twin(buildBash, buildPowerShell);

        BuildUsageError = Both(AsIs, "build", "--frobnicate");
        ServeUsageError = Both(AsIs, "serve", "--frobnicate");

        var lastGood = OutputHashes.Of(Copy.PathOf("output"));
        MissingBrowser = Both(new() { ["PIANOSITE_BROWSER"] = Copy.PathOf("no-such-browser") }, "build");
        OutputKeptWithoutBrowser = lastGood.SequenceEqual(OutputHashes.Of(Copy.PathOf("output")));

        ContentErrorLine = Copy.Replace("content/missioni/m1.yml", "components: [M1C2]", "components: [M1C9]");
        ContentError = Both(AsIs, "check");
        Copy.Replace("content/missioni/m1.yml", "components: [M1C9]", "components: [M1C2]");

        Copy.Replace("generator/Cli/CommandLine.cs", "Usare --help per l'elenco", "Usare --help (ricompilato) per l'elenco");
        var first = PowerShell(AsIs, "build", "--frobnicate");
        AfterCodeChange = (first, Bash(AsIs, "build", "--frobnicate") ?? PowerShell(AsIs, "build", "--frobnicate"));

        Copy.Replace("Directory.Packages.props", "<Project>", "<Project>\n  <!-- changed by ScriptTwinRuns -->");
        first = Bash(AsIs, "check") ?? PowerShell(AsIs, "check");
        AfterPackagesChange = (first, PowerShell(AsIs, "check"));
    }

    private Twin Both(Dictionary<string, string> environment, params string[] arguments) =>
        new(Bash(environment, arguments), PowerShell(environment, arguments));

    private CliRun? Bash(Dictionary<string, string> environment, params string[] arguments) =>
        EntryScripts.BashRuns ? EntryScripts.Bash(Copy.Root, environment, arguments) : null;

    private CliRun PowerShell(Dictionary<string, string> environment, params string[] arguments) =>
        EntryScripts.PowerShell(Copy.Root, environment, arguments);
}
