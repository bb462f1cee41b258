using PianoSite.Model;
using PianoSite.Render.OpenData;

namespace PianoSite.Render.Site;

/// <summary>
/// The /dati/ page's description of the open-data files written by <see cref="OpenDataRenderer"/>: one
/// entry per column, in the files' order. A test compares these names with the files' header rows, so a
/// column added to the data without a description here fails the build's tests.
/// </summary>
public static class OpenDataDescription
{
    public static DataView For(Plan plan)
    {
        DataColumn Actor(Actor a) => new(OpenDataRenderer.ActorColumn(a),
            $"1 se l'attore «{a.Name}» è coinvolto, 0 altrimenti (nel JSON: vero/falso nell'oggetto «attori»)");
        var objectives = new DataSet(
            HeadingId: "obiettivi",
            Title: "Obiettivi strategici",
            Description: "Un record per ogni obiettivo strategico delle sei missioni, con gli attori coinvolti, le componenti PNRR e i driver dell'Agenda strategica. "
                + "Testo e attori sono quelli delle tabelle ufficiali del piano; le componenti PNRR e i driver collegati a ciascun obiettivo non fanno parte "
                + "delle tabelle approvate: sono una classificazione della redazione, aggiunta in questa edizione.",
            Files:
            [
                new LinkView("obiettivi.csv (CSV, UTF-8, separatore virgola)", "/dati/obiettivi.csv"),
                new LinkView("obiettivi.json (JSON)", "/dati/obiettivi.json"),
            ],
            Columns:
            [
                new("missione", "codice della missione PNRR (M1 … M6)"),
                new("numero", "numero dell'obiettivo nella tabella ufficiale della missione"),
                new("id", "identificativo con cui il piano cita l'obiettivo (ad esempio M1.4)"),
                new("testo", "testo dell'obiettivo strategico"),
                .. plan.Actors.Select(Actor),
                new("componenti", "codici delle componenti PNRR collegate all'obiettivo dalla redazione: classificazione di questa edizione, non delle tabelle approvate (nel CSV separati da punto e virgola)"),
                new("driver", "numeri dei driver dell'Agenda strategica collegati all'obiettivo dalla redazione: classificazione di questa edizione, non delle tabelle approvate (nel CSV separati da punto e virgola)"),
                new("pagina", "indirizzo della pagina del sito che riporta l'obiettivo, relativo alla radice del sito"),
            ]);
        var components = new DataSet(
            HeadingId: "componenti-pnrr",
            Title: "Componenti PNRR",
            Description: "Un record per ogni componente del PNRR considerata dal piano, con gli attori coinvolti e gli obiettivi collegati. "
                + "Codici, titoli e attori sono quelli della tabella ufficiale delle componenti; gli obiettivi collegati sono una classificazione della redazione.",
            Files:
            [
                new LinkView("componenti-pnrr.csv (CSV, UTF-8, separatore virgola)", "/dati/componenti-pnrr.csv"),
                new LinkView("componenti-pnrr.json (JSON)", "/dati/componenti-pnrr.json"),
            ],
            Columns:
            [
                new("codice", "codice della componente (ad esempio M1C1)"),
                new("missione", "codice della missione a cui la componente appartiene"),
                new("titolo", "titolo della componente"),
                .. plan.Actors.Select(Actor),
                new("obiettivi", "identificativi degli obiettivi che la redazione ha collegato alla componente: classificazione di questa edizione, non delle tabelle approvate (nel CSV separati da punto e virgola)"),
                new("pagina", "indirizzo della pagina del sito dedicata alla componente, relativo alla radice del sito"),
            ]);
        return new DataView(plan.Info.Licence.Name, plan.Info.Licence.Url, [objectives, components], []);
    }
}
