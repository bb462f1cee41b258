using System.Diagnostics;
using System.Text.Json;

namespace PianoSite.Tests.Rdf;

/// <summary>
/// Runs one of the Node scripts beside this file (rdf-check.mjs, jsonld-expand.mjs) with the repository's
/// node_modules (npm devDependencies: n3, rdfxml-streaming-parser, rdf-validate-shacl, jsonld), and reads the one
/// JSON document it prints. Node is what `./build.sh test` already needs for the front-end assets.
/// </summary>
public static class NodeScript
{
    public static string Folder => Path.Combine(TestPaths.RepositoryRoot, "tests", "PianoSite.Tests", "Rdf");

    public static JsonElement Run(string script, IEnumerable<string> arguments, string? input = null)
    {
        var info = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = input is not null,
            UseShellExecute = false,
            WorkingDirectory = TestPaths.RepositoryRoot,
        };
        info.ArgumentList.Add(Path.Combine(Folder, script));
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }
        using var process = Process.Start(info) ?? throw new InvalidOperationException("could not start node");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (input is not null)
        {
            process.StandardInput.Write(input);
            process.StandardInput.Close();
        }
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{script} failed ({process.ExitCode}): {error.Result}");
        return JsonDocument.Parse(output.Result).RootElement.Clone();
    }
}
