using System.Diagnostics;

namespace PianoSite.Tests;

/// <summary>Runs the real generator as a separate process (dotnet pianosite.dll …), as a user or CI would.</summary>
public static class GeneratorProcess
{
    public static string DllPath => Path.Combine(AppContext.BaseDirectory, "pianosite.dll");

    public static Process Start(params string[] arguments) => Start(new Dictionary<string, string>(), arguments);

    /// <param name="environment">variables set (or overridden) for the generator, on top of the test's own.</param>
    public static Process Start(IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(DllPath);
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }
        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }
        return Process.Start(info) ?? throw new InvalidOperationException("could not start dotnet");
    }

    public static Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] arguments) =>
        RunAsync(new Dictionary<string, string>(), arguments);

    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        using var process = Start(environment, arguments);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }
}
