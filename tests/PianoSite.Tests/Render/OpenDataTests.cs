using System.Text;
using System.Text.Json;
using PianoSite.Tests.Support;

namespace PianoSite.Tests.Render;

/// <summary>The open-data edition (output/site/dati/), built from the real plan and from the minimal fixture.</summary>
public sealed class OpenDataTests
{
    private const string Data = "site/dati";

    [Fact]
    public void The_objectives_CSV_of_the_real_plan_has_a_header_and_75_records()
    {
        using var plan = FixturePlan.RealContent();
        Assert.True(plan.Build().Succeeded);

        var csv = File.ReadAllText(Path.Combine(plan.Output, Data, "obiettivi.csv"));

        var lines = csv.Split("\r\n");
        Assert.Equal(string.Empty, lines[^1]);
        Assert.Equal(76, lines.Length - 1);
        Assert.DoesNotContain('\n', csv.Replace("\r\n", string.Empty, StringComparison.Ordinal));
        Assert.Equal("missione,numero,id,testo,cm,comuni,corpi_intermedi,componenti,driver,pagina", lines[0]);
        Assert.Equal(
            "M1,1,M1.1,Superamento del digital divide ed estensione dei collegamenti 5G ai territori metropolitani,1,1,1,M1C2,1,/missioni/m1/#obiettivo-m1-1",
            lines[1]);
    }

    [Fact]
    public void The_components_CSV_of_the_real_plan_has_a_header_and_16_records()
    {
        using var plan = FixturePlan.RealContent();
        Assert.True(plan.Build().Succeeded);

        var lines = File.ReadAllText(Path.Combine(plan.Output, Data, "componenti-pnrr.csv")).Split("\r\n");

        Assert.Equal(17, lines.Length - 1);
        Assert.Equal("codice,missione,titolo,cm,comuni,corpi_intermedi,obiettivi,pagina", lines[0]);
        // The title has a comma, so it is quoted; M6C2 serves no objective (an accepted PS3003).
        Assert.Equal("M6C2,M6,\"Innovazione, ricerca e digitalizzazione del servizio sanitario nazionale\",0,1,0,,/pnrr/m6c2/", lines[16]);
    }

    [Fact]
    public void The_JSON_files_of_the_real_plan_parse_and_hold_75_objectives_and_16_components()
    {
        using var plan = FixturePlan.RealContent();
        Assert.True(plan.Build().Succeeded);

        using var objectives = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(plan.Output, Data, "obiettivi.json")));
        using var components = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(plan.Output, Data, "componenti-pnrr.json")));

        Assert.Equal(75, objectives.RootElement.GetProperty("obiettivi").GetArrayLength());
        Assert.Equal(16, components.RootElement.GetProperty("componenti").GetArrayLength());
        foreach (var document in new[] { objectives, components })
        {
            Assert.Equal("CC BY 4.0", document.RootElement.GetProperty("licenza").GetString());
            Assert.Equal("Città metropolitana di Milano", document.RootElement.GetProperty("ente").GetString());
        }
        var m11 = objectives.RootElement.GetProperty("obiettivi")[0];
        Assert.Equal("M1.1", m11.GetProperty("id").GetString());
        Assert.True(m11.GetProperty("attori").GetProperty("corpi_intermedi").GetBoolean());
        Assert.Equal(["M1C2"], m11.GetProperty("componenti").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal([1], m11.GetProperty("driver").EnumerateArray().Select(d => d.GetInt32()));
    }

    [Fact]
    public void Objectives_and_components_agree_in_the_open_data()
    {
        using var plan = FixturePlan.RealContent();
        Assert.True(plan.Build().Succeeded);
        using var objectives = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(plan.Output, Data, "obiettivi.json")));
        using var components = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(plan.Output, Data, "componenti-pnrr.json")));

        var fromObjectives = objectives.RootElement.GetProperty("obiettivi").EnumerateArray()
            .SelectMany(o => o.GetProperty("componenti").EnumerateArray().Select(c => $"{c.GetString()} {o.GetProperty("id").GetString()}"))
            .Order(StringComparer.Ordinal);
        var fromComponents = components.RootElement.GetProperty("componenti").EnumerateArray()
            .SelectMany(c => c.GetProperty("obiettivi").EnumerateArray().Select(o => $"{c.GetProperty("codice").GetString()} {o.GetString()}"))
            .Order(StringComparer.Ordinal);

        Assert.Equal(fromObjectives, fromComponents);
    }

    [Fact]
    public void Two_builds_of_the_real_plan_produce_byte_identical_files()
    {
        using var plan = FixturePlan.RealContent();
        var first = Path.Combine(plan.Root, "primo");
        var second = Path.Combine(plan.Root, "secondo");

        Assert.True(plan.Build(first).Succeeded);
        Assert.True(plan.Build(second).Succeeded);

        var one = OutputHashes.Of(first);
        Assert.NotEmpty(one);
        Assert.Equal(one, OutputHashes.Of(second));
    }

    [Fact]
    public void The_minimal_plan_gives_exactly_these_open_data_files_and_bytes()
    {
        using var plan = FixturePlan.Minimal();
        Assert.True(plan.Build().Succeeded);

        Assert.Equal(
            ["site/dati/componenti-pnrr.csv", "site/dati/componenti-pnrr.json", "site/dati/obiettivi.csv", "site/dati/obiettivi.json"],
            // The /dati/ page (site/dati/index.html) describes these files; it is the website's, not open data.
            OutputHashes.Of(plan.Output).Keys.Where(k => k.StartsWith($"{Data}/", StringComparison.Ordinal) && !k.EndsWith(".html", StringComparison.Ordinal)));
        Assert.Equal(
            "missione,numero,id,testo,cm,comuni,corpi_intermedi,componenti,driver,pagina\r\n"
            + "M1,1,M1.1,Servizi digitali per i Comuni,1,1,0,M1C1,1,/missioni/m1/#obiettivo-m1-1\r\n"
            + "M1,2,M1.2,Banda larga per le imprese,1,0,1,M1C2,,/missioni/m1/#obiettivo-m1-2\r\n"
            + "M2,1,M2.1,Raccolta differenziata in tutti i Comuni,1,0,0,M2C1,1,/missioni/m2/#obiettivo-m2-1\r\n",
            File.ReadAllText(Path.Combine(plan.Output, Data, "obiettivi.csv")));
        Assert.Equal(
            "codice,missione,titolo,cm,comuni,corpi_intermedi,obiettivi,pagina\r\n"
            + "M1C1,M1,Pubblica amministrazione digitale,1,1,0,M1.1,/pnrr/m1c1/\r\n"
            + "M1C2,M1,Imprese digitali,1,1,1,M1.2,/pnrr/m1c2/\r\n"
            + "M2C1,M2,Economia circolare,1,0,1,M2.1,/pnrr/m2c1/\r\n",
            File.ReadAllText(Path.Combine(plan.Output, Data, "componenti-pnrr.csv")));
    }

    [Fact]
    public void Texts_with_commas_and_quotes_survive_the_CSV()
    {
        using var plan = FixturePlan.Minimal();
        plan.Replace("content/missioni/m1.yml", "text: Banda larga per le imprese", "text: 'Banda larga, \"5G\" e fibra'");
        Assert.True(plan.Build().Succeeded);

        var csv = File.ReadAllText(Path.Combine(plan.Output, Data, "obiettivi.csv"), Encoding.UTF8);

        Assert.Contains("M1,2,M1.2,\"Banda larga, \"\"5G\"\" e fibra\",1,0,1,", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void The_JSON_names_the_adopting_act_only_when_piano_yml_gives_it_and_holds_no_other_date()
    {
        using var plan = FixturePlan.Minimal();
        Assert.True(plan.Build().Succeeded);
        using (var without = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(plan.Output, Data, "obiettivi.json"))))
        {
            Assert.Equal(["piano", "ente", "edizione", "licenza", "licenza_url", "obiettivi"], without.RootElement.EnumerateObject().Select(p => p.Name));
        }

        plan.InsertAfter("content/piano.yml", "language: it", "adoption:", "  organ: Consiglio metropolitano", "  number: 7/2025", "  date: 2025-03-01");
        Assert.True(plan.Build().Succeeded);

        using var with = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(plan.Output, Data, "componenti-pnrr.json")));
        var act = with.RootElement.GetProperty("atto_adozione");
        Assert.Equal("Consiglio metropolitano", act.GetProperty("organo").GetString());
        Assert.Equal("7/2025", act.GetProperty("numero").GetString());
        Assert.Equal("2025-03-01", act.GetProperty("data").GetString());
    }
}
