using System.CommandLine;
using PianoSite.Diagnostics;
using PianoSite.Load;
using PianoSite.Pipeline;
using PianoSite.Schemas;
using PianoSite.Serve;
using PianoSite.Synth;

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
        root.Subcommands.Add(ServeCommand(output));
        root.Subcommands.Add(SchemasCommand(output));
        root.Subcommands.Add(SynthCommand(output));

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

    private static Option<string?> BrowserOption() => new("--browser")
    {
        Description = "Browser (Chromium, Chrome o Edge) che stampa il PDF. Predefinito: la variabile PIANOSITE_BROWSER, poi quello del sistema.",
    };

    private static string? Browser(ParseResult parse, Option<string?> option) =>
        parse.GetValue(option) ?? Environment.GetEnvironmentVariable(Pdf.BrowserLocator.EnvironmentVariable);

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
        var timingsOption = new Option<bool>("--timings") { Description = "Al termine stampa il tempo di ogni fase (per misurare le prestazioni)." };
        var noPdfOption = new Option<bool>("--no-pdf") { Description = "Non produce l'edizione PDF (più veloce, non serve il browser)." };
        var browserOption = BrowserOption();
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
            rootOption, outOption, formatOption, strictOption, baseUrlOption, noPdfOption, browserOption, timingsOption,
        };
        command.SetAction(parse =>
        {
            var planRoot = parse.GetValue(rootOption)!;
            var epoch = Environment.GetEnvironmentVariable(SourceDate.EnvironmentVariable);
            if (!SourceDate.TryParseEpoch(epoch, out var sourceDateEpoch))
            {
                output.WriteLine($"pianosite: error: {SourceDate.EnvironmentVariable} deve essere un numero intero di secondi dal 1° gennaio 1970 (UTC), non «{epoch}»");
                return UsageError;
            }
            var options = new BuildOptions(planRoot, parse.GetValue(outOption) ?? Path.Combine(planRoot, "output"), parse.GetValue(strictOption),
                parse.GetValue(baseUrlOption))
            {
                TemplatesRoot = PianoSiteCheckout.TemplatesRoot(planRoot),
                WithPdf = !parse.GetValue(noPdfOption),
                Browser = Browser(parse, browserOption),
                SourceDateEpoch = sourceDateEpoch,
            };
            var timings = new StageTimings();
            var result = new BuildPipeline(options).Build(timings);
            var code = Report(result, parse.GetValue(formatOption)!, output);
            if (code == Success && parse.GetValue(formatOption) == "text")
            {
                output.WriteLine($"Edizioni scritte in {Path.GetFullPath(options.Output)} ({result.FileCount} file).");
                if (options.BaseUrl is null)
                {
                    output.WriteLine("Catalogo DCAT-AP_IT dei dati aperti non scritto: i suoi indirizzi devono essere assoluti, indicare l'indirizzo pubblico del sito con --base-url.");
                }
            }
            if (parse.GetValue(timingsOption))
            {
                TimingsReport.Write(timings, output);
            }
            return code;
        });
        return command;
    }

    private static Command ServeCommand(TextWriter output)
    {
        var rootOption = RootOption();
        var portOption = new Option<int>("--port")
        {
            Description = $"Porta su 127.0.0.1 (predefinita {PreviewOptions.DefaultPort}; 0 ne sceglie una libera).",
            DefaultValueFactory = _ => PreviewOptions.DefaultPort,
        };
        portOption.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 0 or > 65535)
            {
                result.AddError("--port deve essere un numero tra 0 e 65535");
            }
        });
        var timingsOption = new Option<bool>("--timings") { Description = "A ogni ricostruzione stampa anche il tempo di ogni fase (per misurare le prestazioni)." };
        var browserOption = BrowserOption();
        var command = new Command("serve", "Anteprima locale del sito per chi redige il piano: si aggiorna a ogni salvataggio.")
        {
            rootOption, portOption, timingsOption, browserOption,
        };
        command.SetAction((parse, cancellationToken) =>
            PreviewCommand.RunAsync(new PreviewOptions(parse.GetValue(rootOption)!, parse.GetValue(portOption),
                Timings: parse.GetValue(timingsOption), Browser: Browser(parse, browserOption))
            {
                TemplatesRoot = PianoSiteCheckout.TemplatesRoot(parse.GetValue(rootOption)!),
            }, output, cancellationToken));
        return command;
    }

    private static Command SchemasCommand(TextWriter output)
    {
        var rootOption = RootOption();
        var outOption = new Option<string?>("--out") { Description = $"Cartella degli schemi. Predefinita: <root>/{SchemaCatalog.Folder}." };
        var command = new Command("schemas", "Scrive gli schemi JSON dei file di contenuto (completamento e controllo nell'editor).") { rootOption, outOption };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(outOption) ?? Path.Combine(parse.GetValue(rootOption)!, SchemaCatalog.Folder);
            var written = SchemaCatalog.WriteTo(folder);
            output.WriteLine($"Schemi scritti in {Path.GetFullPath(folder)} ({written.Count} file).");
            return Success;
        });
        return command;
    }

    private static Command SynthCommand(TextWriter output)
    {
        var objectivesOption = new Option<int>("--objectives")
        {
            Description = $"Numero di obiettivi del piano sintetico (1–{SynthOptions.MaxObjectives}).",
            Required = true,
        };
        objectivesOption.Validators.Add(r => Range(r, r.GetValueOrDefault<int>(), 1, SynthOptions.MaxObjectives, "--objectives"));
        var driversOption = new Option<int?>("--drivers")
        {
            Description = $"Numero di driver dell'agenda (1–{SynthOptions.MaxDrivers}, non più degli obiettivi). Predefinito: un driver ogni 100 obiettivi, da 10 a 99.",
        };
        driversOption.Validators.Add(r => Range(r, r.GetValueOrDefault<int?>() ?? 1, 1, SynthOptions.MaxDrivers, "--drivers"));
        var seedOption = new Option<long>("--seed") { Description = "Seme: lo stesso seme produce sempre lo stesso piano. Predefinito: 1.", DefaultValueFactory = _ => 1 };
        var outOption = new Option<string>("--out") { Description = "Cartella in cui scrivere il piano (content/).", Required = true };
        var command = new Command("synth",
            "Scrive un piano sintetico valido, di grandezza a scelta, con i testi del piano reale rimescolati: per misurare le prestazioni.")
        {
            objectivesOption, driversOption, seedOption, outOption,
        };
        command.SetAction(parse =>
        {
            var objectives = parse.GetValue(objectivesOption);
            var drivers = parse.GetValue(driversOption) ?? SynthOptions.DefaultDrivers(objectives);
            if (drivers > objectives)
            {
                output.WriteLine($"pianosite: error: --drivers ({drivers}) non può superare --objectives ({objectives}): ogni driver deve avere almeno un obiettivo");
                return UsageError;
            }
            var source = PianoSiteCheckout.Find(ContentLayout.ContentFolder);
            if (source is null)
            {
                output.WriteLine(Diagnostic.Error(Codes.MissingFolder, SourceSpan.WholeFile(ContentLayout.ContentFolder),
                    "non trovo il piano reale (content/) accanto al programma: synth ne usa i testi").ToString());
                return Failure;
            }
            var options = new SynthOptions(objectives, drivers, parse.GetValue(seedOption));
            var target = parse.GetValue(outOption)!;
            var diagnostics = SyntheticPlanGenerator.Generate(source, options, target);
            foreach (var diagnostic in diagnostics)
            {
                output.WriteLine(diagnostic.ToString());
            }
            if (diagnostics.Count > 0)
            {
                return Failure;
            }
            output.WriteLine($"Piano sintetico scritto in {Path.GetFullPath(target)}: {options.Missions} missioni, {objectives} obiettivi, {drivers} driver (seme {options.Seed}).");
            return Success;
        });
        return command;
    }

    private static void Range(System.CommandLine.Parsing.OptionResult result, int value, int min, int max, string name)
    {
        if (value < min || value > max)
        {
            result.AddError($"{name} deve essere tra {min} e {max}");
        }
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
