using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using PianoSite.Model;
using PianoSite.Write;

namespace PianoSite.Render.OpenData;

/// <summary>
/// The open-data edition (site/dati/): objectives and PNRR components as CSV and JSON, CC BY 4.0.
/// Column names are Italian and stable; actor columns follow the actors of piano.yml.
/// </summary>
public static class OpenDataRenderer
{
    public const string Folder = "site/dati";

    /// <summary>Italian letters stay readable; the HTML-sensitive characters (&lt; &gt; &amp; ' ") are still escaped.</summary>
    private static readonly JsonWriterOptions JsonOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static IEnumerable<OutputFile> Render(Plan plan)
    {
        // The objectives of each component, in plan order: one pass, not one scan of every objective per component.
        var ofComponent = plan.Objectives
            .SelectMany(o => o.Components.Select(c => (Code: c.Value, Objective: o)).DistinctBy(x => x.Code))
            .ToLookup(x => x.Code, x => x.Objective, StringComparer.Ordinal);
        yield return File("obiettivi.csv", ObjectivesCsv(plan));
        yield return File("obiettivi.json", ObjectivesJson(plan));
        yield return File("componenti-pnrr.csv", ComponentsCsv(plan, ofComponent));
        yield return File("componenti-pnrr.json", ComponentsJson(plan, ofComponent));
    }

    private static OutputFile File(string name, ReadOnlyMemory<byte> bytes) => new($"{Folder}/{name}", bytes);

    /// <summary>The CSV column of an actor: its id with underscores (cm, comuni, corpi_intermedi).</summary>
    public static string ActorColumn(Actor actor) => actor.Id.Replace('-', '_');

    private static ReadOnlyMemory<byte> ObjectivesCsv(Plan plan)
    {
        var table = new CsvTable(["missione", "numero", "id", "testo", .. plan.Actors.Select(ActorColumn), "componenti", "driver", "pagina"]);
        foreach (var o in plan.Objectives)
        {
            table.Add([
                o.MissionCode,
                o.Number.ToString(CultureInfo.InvariantCulture),
                o.Id,
                o.Text,
                .. plan.Actors.Select(a => o.HasActor(a.Id) ? "1" : "0"),
                string.Join(';', o.Components.Select(c => c.Value)),
                string.Join(';', o.Drivers.Select(d => d.Value.ToString(CultureInfo.InvariantCulture))),
                ObjectivePath(o),
            ]);
        }
        return table.ToUtf8();
    }

    private static ReadOnlyMemory<byte> ComponentsCsv(Plan plan, ILookup<string, Objective> ofComponent)
    {
        var table = new CsvTable(["codice", "missione", "titolo", .. plan.Actors.Select(ActorColumn), "obiettivi", "pagina"]);
        foreach (var c in plan.Components)
        {
            table.Add([
                c.Code,
                c.MissionCode,
                c.Title,
                .. plan.Actors.Select(a => c.HasActor(a.Id) ? "1" : "0"),
                string.Join(';', ofComponent[c.Code].Select(o => o.Id)),
                $"/pnrr/{c.Slug}/",
            ]);
        }
        return table.ToUtf8();
    }

    private static ReadOnlyMemory<byte> ObjectivesJson(Plan plan) => Json(plan, "obiettivi", writer =>
    {
        foreach (var o in plan.Objectives)
        {
            writer.WriteStartObject();
            writer.WriteString("missione", o.MissionCode);
            writer.WriteNumber("numero", o.Number);
            writer.WriteString("id", o.Id);
            writer.WriteString("testo", o.Text);
            WriteActors(writer, plan, id => o.HasActor(id));
            WriteStrings(writer, "componenti", o.Components.Select(c => c.Value));
            writer.WriteStartArray("driver");
            foreach (var d in o.Drivers)
            {
                writer.WriteNumberValue(d.Value);
            }
            writer.WriteEndArray();
            writer.WriteString("pagina", ObjectivePath(o));
            writer.WriteEndObject();
        }
    });

    private static ReadOnlyMemory<byte> ComponentsJson(Plan plan, ILookup<string, Objective> ofComponent) => Json(plan, "componenti", writer =>
    {
        foreach (var c in plan.Components)
        {
            writer.WriteStartObject();
            writer.WriteString("codice", c.Code);
            writer.WriteString("missione", c.MissionCode);
            writer.WriteString("titolo", c.Title);
            WriteActors(writer, plan, c.HasActor);
            WriteStrings(writer, "obiettivi", ofComponent[c.Code].Select(o => o.Id));
            writer.WriteString("pagina", $"/pnrr/{c.Slug}/");
            writer.WriteEndObject();
        }
    });

    /// <summary>
    /// A JSON document: the plan's identity and licence (and its adopting act, only when content/piano.yml gives it:
    /// no date is published otherwise), then one array of records.
    /// </summary>
    private static ReadOnlyMemory<byte> Json(Plan plan, string arrayName, Action<Utf8JsonWriter> writeItems)
    {
        var bytes = new ArrayBufferWriter<byte>(64 * 1024);
        using (var writer = new Utf8JsonWriter(bytes, JsonOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("piano", plan.Info.Title);
            writer.WriteString("ente", plan.Info.Issuer);
            writer.WriteString("edizione", plan.Info.Edition);
            writer.WriteString("licenza", plan.Info.Licence.Name);
            writer.WriteString("licenza_url", plan.Info.Licence.Url);
            if (plan.Info.Adoption is { } act)
            {
                writer.WriteStartObject("atto_adozione");
                writer.WriteString("organo", act.Organ);
                writer.WriteString("numero", act.Number);
                writer.WriteString("data", act.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                writer.WriteEndObject();
            }
            writer.WriteStartArray(arrayName);
            writeItems(writer);
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        bytes.Write("\n"u8);
        return bytes.WrittenMemory;
    }

    private static void WriteActors(Utf8JsonWriter writer, Plan plan, Func<string, bool> involved)
    {
        writer.WriteStartObject("attori");
        foreach (var actor in plan.Actors)
        {
            writer.WriteBoolean(ActorColumn(actor), involved(actor.Id));
        }
        writer.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }
        writer.WriteEndArray();
    }

    private static string ObjectivePath(Objective o) => $"/missioni/{o.MissionCode.ToLowerInvariant()}/#{o.Anchor}";
}
