using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using PianoSite.Diagnostics;
using PianoSite.Pipeline;

namespace PianoSite.Cli;

/// <summary>Prints a run's diagnostics and summary, MSBuild-style text for people and CI, or JSON for tools.</summary>
public static class DiagnosticReport
{
    public static void Write(BuildResult result, string format, TextWriter output)
    {
        if (format == "json")
        {
            output.WriteLine(Json(result));
            return;
        }
        foreach (var diagnostic in result.Diagnostics)
        {
            output.WriteLine(diagnostic.ToString());
        }
        if (result.Plan is { } plan)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Piano: {Count(plan.Missions.Length, "missione", "missioni")}, {Count(plan.Components.Length, "componente PNRR", "componenti PNRR")}, {Count(plan.Objectives.Count(), "obiettivo", "obiettivi")}, {plan.Drivers.Length} driver, {Count(plan.Pages.Length, "pagina", "pagine")}."));
        }
        output.WriteLine(Summary(result));
    }

    public static string Summary(BuildResult result) => string.Create(CultureInfo.InvariantCulture,
        $"{Count(result.ErrorCount, "errore", "errori")}, {Count(result.WarningCount, "avviso", "avvisi")}, {Count(result.AcceptedCount, "avviso accettato", "avvisi accettati")}.")
        + (result.Succeeded ? string.Empty : result.ErrorCount == 0 ? " Avvisi non accettati con --strict: controllo non superato." : " Controllo non superato.");

    private static string Count(int n, string one, string many) => n == 1 ? $"1 {one}" : $"{n} {many}";

    private static string Json(BuildResult result)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) }))
        {
            writer.WriteStartObject();
            writer.WriteBoolean("succeeded", result.Succeeded);
            writer.WriteNumber("errors", result.ErrorCount);
            writer.WriteNumber("warnings", result.WarningCount);
            writer.WriteNumber("accepted", result.AcceptedCount);
            if (result.Plan is { } plan)
            {
                writer.WriteStartObject("plan");
                writer.WriteNumber("missions", plan.Missions.Length);
                writer.WriteNumber("components", plan.Components.Length);
                writer.WriteNumber("objectives", plan.Objectives.Count());
                writer.WriteNumber("drivers", plan.Drivers.Length);
                writer.WriteNumber("pages", plan.Pages.Length);
                writer.WriteEndObject();
            }
            writer.WriteStartArray("diagnostics");
            foreach (var d in result.Diagnostics)
            {
                writer.WriteStartObject();
                writer.WriteString("code", d.Code);
                writer.WriteString("severity", d.Severity == Severity.Error ? "error" : "warning");
                writer.WriteString("file", d.Span.File);
                writer.WriteNumber("line", d.Span.Line);
                writer.WriteNumber("column", d.Span.Column);
                writer.WriteString("message", d.Message);
                if (d.Subject is not null)
                {
                    writer.WriteString("subject", d.Subject);
                }
                if (d.AcceptedBecause is not null)
                {
                    writer.WriteString("accepted", d.AcceptedBecause);
                }
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
