using System.CommandLine;
using PianoSite.Diagnostics;
using PianoSite.Pipeline;

namespace PianoSite.Cli;

/// <summary>The verbs and options of the pianosite command. Exit codes: 0 clean, 1 errors, 2 usage.</summary>
public static class CommandLine
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int UsageError = 2;

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("PianoSite: pubblica il Piano Strategico Triennale del Territorio Metropolitano (sito, PDF, dati aperti).");
        root.Subcommands.Add(CheckCommand(output));
        root.Subcommands.Add(BuildCommand(output));

        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            foreach (var parseError in parseResult.Errors)
            {
                error.WriteLine($"pianosite: error: {parseError.Message}");
            }
            error.WriteLine("Usare --help per l'elenco dei comandi e delle opzioni.");
            return UsageError;
        }
        // The default handler would print the exception with its stack trace and return 1: RunGuarded must see
        // it instead, to turn it into PS9001.
        return parseResult.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
    }

    private static Option<string> RootOption() => new("--root")
    {
        Description = "Cartella del piano (contiene content/ e templates/). Predefinita: la più vicina risalendo dalla cartella corrente.",
        DefaultValueFactory = _ => PlanRoot.Find(Directory.GetCurrentDirectory()),
    };

    private static Option<string> FormatOption() => new("--format")
    {
        Description = "Formato dei messaggi: text (predefinito) o json.",
        DefaultValueFactory = _ => "text",
    };

    private static Option<bool> StrictOption() => new("--strict")
    {
        Description = "Gli avvisi non accettati in content/controlli.yml fanno fallire il comando.",
    };

    private static Command CheckCommand(TextWriter output)
    {
        var rootOption = RootOption();
        var formatOption = FormatOption().AcceptOnlyFromAmong("text", "json");
        var strictOption = StrictOption();
        var command = new Command("check", "Controlla i contenuti del piano senza produrre nulla.") { rootOption, formatOption, strictOption };
        command.SetAction(parse =>
        {
            var options = new BuildOptions(parse.GetValue(rootOption)!, string.Empty, parse.GetValue(strictOption));
            return Report(new BuildPipeline(options).Check(), parse.GetValue(formatOption)!, output);
        });
        return command;
    }

    private static Command BuildCommand(TextWriter output)
    {
        var rootOption = RootOption();
        var outOption = new Option<string?>("--out") { Description = "Cartella di uscita. Predefinita: <root>/output." };
        var formatOption = FormatOption().AcceptOnlyFromAmong("text", "json");
        var strictOption = StrictOption();
        var noPdfOption = new Option<bool>("--no-pdf") { Description = "Non produce l'edizione PDF (più veloce, non serve il browser)." };
        var browserOption = new Option<string?>("--browser")
        {
            Description = "Browser (Chromium, Chrome o Edge) che stampa il PDF. Predefinito: la variabile PIANOSITE_BROWSER, poi quello del sistema.",
        };
        var baseUrlOption = new Option<string?>("--base-url")
        {
            Description = "Indirizzo pubblico del sito (ad esempio https://www.esempio.it/psttm/): collegamenti canonici e indirizzi assoluti della sitemap.",
        };
        baseUrlOption.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string?>();
            if (value is not null && !(Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            {
                result.AddError($"--base-url deve essere un indirizzo http o https completo, non «{value}»");
            }
        });
        var command = new Command("build", "Controlla il piano e produce le edizioni in output/ (sostituite solo se la build riesce).")
        {
            rootOption, outOption, formatOption, strictOption, baseUrlOption, noPdfOption, browserOption,
        };
        command.SetAction(parse =>
        {
            var planRoot = parse.GetValue(rootOption)!;
            var options = new BuildOptions(planRoot, parse.GetValue(outOption) ?? Path.Combine(planRoot, "output"), parse.GetValue(strictOption),
                parse.GetValue(baseUrlOption))
            {
                WithPdf = !parse.GetValue(noPdfOption),
                Browser = parse.GetValue(browserOption) ?? Environment.GetEnvironmentVariable(Pdf.BrowserLocator.EnvironmentVariable),
            };
            var result = new BuildPipeline(options).Build();
            var code = Report(result, parse.GetValue(formatOption)!, output);
            if (code == Success && parse.GetValue(formatOption) == "text")
            {
                output.WriteLine($"Edizioni scritte in {Path.GetFullPath(options.Output)} ({result.Files.Count} file).");
            }
            return code;
        });
        return command;
    }

    private static int Report(BuildResult result, string format, TextWriter output)
    {
        DiagnosticReport.Write(result, format, output);
        return result.Succeeded ? Success : Failure;
    }

    /// <summary>The last line of defence: an unexpected exception becomes a diagnostic, never a stack trace.</summary>
    public static int RunGuarded(string[] args, TextWriter output, TextWriter error)
    {
        try
        {
            return Run(args, output, error);
        }
#pragma warning disable CA1031 // Every exception must end as a diagnostic for the user, whatever its type.
        catch (Exception e)
#pragma warning restore CA1031
        {
            error.WriteLine(Diagnostic.Error(Codes.InternalError, SourceSpan.None,
                $"errore interno di PianoSite ({e.GetType().Name}: {e.Message}). Segnalarlo agli sviluppatori indicando il comando usato.").ToString());
            if (Environment.GetEnvironmentVariable("PIANOSITE_DEBUG") == "1")
            {
                error.WriteLine(e.ToString());
            }
            return Failure;
        }
    }
}
