using System.Text;
using PianoSite.Diagnostics;
using PianoSite.Pipeline;
using PianoSite.Tests.Support;

namespace PianoSite.Tests.Reliability;

/// <summary>
/// Random mutations of the real content files — lines deleted, duplicated, swapped, files cut, random bytes —
/// must always end in diagnostics or a clean check, never in an unhandled exception or a hang.
/// The default run is short and seeded; set PIANOSITE_FUZZ_CASES (e.g. 20000) and PIANOSITE_FUZZ_SEED to run long.
/// </summary>
public sealed class ContentFuzzTests
{
    private static readonly TimeSpan PerCaseLimit = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Random_mutations_of_the_content_never_crash_or_hang_the_checker()
    {
        var cases = int.TryParse(Environment.GetEnvironmentVariable("PIANOSITE_FUZZ_CASES"), out var n) ? n : 300;
        var seed = int.TryParse(Environment.GetEnvironmentVariable("PIANOSITE_FUZZ_SEED"), out var s) ? s : 20251;
        var random = new Random(seed);
        using var plan = FixturePlan.RealContent();
        var files = Directory.EnumerateFiles(plan.PathOf("content"), "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        var pipeline = new BuildPipeline(new BuildOptions(plan.Root, plan.Output));
        var outcomes = new Dictionary<string, int>();

        for (var i = 0; i < cases; i++)
        {
            var file = files[random.Next(files.Length)];
            var original = File.ReadAllBytes(file);
            var (mutation, mutated) = Mutate(original, random);
            File.WriteAllBytes(file, mutated);
            try
            {
                var run = Task.Run(pipeline.Check);
                var finished = await Task.WhenAny(run, Task.Delay(PerCaseLimit));
                Assert.True(finished == run, $"case {i} ({mutation} on {Path.GetFileName(file)}, seed {seed}) did not finish in {PerCaseLimit.TotalSeconds} s");
                var result = await run;
                Assert.DoesNotContain(result.Diagnostics, d => d.Code == Codes.InternalError);
                Assert.All(result.Diagnostics, d => Assert.False(string.IsNullOrWhiteSpace(d.Message)));
                var outcome = result.ErrorCount > 0 ? "errors" : "clean";
                outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
            }
            catch (Exception e) when (e is not Xunit.Sdk.XunitException)
            {
                Assert.Fail($"case {i} ({mutation} on {Path.GetFileName(file)}, seed {seed}) threw {e}");
            }
            finally
            {
                File.WriteAllBytes(file, original);
            }
        }

        // The mutations must really break things most of the time, or the test proves nothing.
        Assert.True(outcomes.GetValueOrDefault("errors") > cases / 4, $"only {outcomes.GetValueOrDefault("errors")} of {cases} mutations produced errors");
    }

    private static (string Name, byte[] Bytes) Mutate(byte[] original, Random random)
    {
        var lines = Encoding.UTF8.GetString(original).Split('\n').ToList();
        int Line() => random.Next(Math.Max(1, lines.Count));
        switch (random.Next(7))
        {
            case 0 when lines.Count > 1:
                lines.RemoveAt(Line());
                return ("delete line", Join(lines));
            case 1 when lines.Count > 0:
                var dup = Line();
                lines.Insert(dup, lines[dup]);
                return ("duplicate line", Join(lines));
            case 2 when lines.Count > 1:
                var (a, b) = (Line(), Line());
                (lines[a], lines[b]) = (lines[b], lines[a]);
                return ("swap lines", Join(lines));
            case 3:
                return ("cut file", original[..random.Next(original.Length + 1)]);
            case 4:
                var bytes = original.ToList();
                var junk = new byte[random.Next(1, 8)];
                random.NextBytes(junk);
                bytes.InsertRange(random.Next(bytes.Count + 1), junk);
                return ("insert random bytes", [.. bytes]);
            case 5 when lines.Count > 0:
                var at = Line();
                var syntax = new[] { ":", "[", "]", "{", "- ", "\t", "&a ", "*a", "\"", "---", "<script>", "  " }[random.Next(12)];
                lines[at] = lines[at].Insert(random.Next(lines[at].Length + 1), syntax);
                return ($"insert «{syntax}»", Join(lines));
            default:
                if (lines.Count > 0)
                {
                    var indent = Line();
                    lines[indent] = random.Next(2) == 0 ? "  " + lines[indent] : lines[indent].TrimStart();
                }
                return ("change indentation", Join(lines));
        }
    }

    private static byte[] Join(List<string> lines) => Encoding.UTF8.GetBytes(string.Join('\n', lines));
}
