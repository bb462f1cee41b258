using PianoSite.Load;

namespace PianoSite.Parse.Shapes;

/// <summary>
/// The fields of every kind of content file (the content contract of docs/ARCHITECTURE.md, as code). The
/// readers in Parse/Readers accept exactly these keys; the schemas verb writes them as JSON Schemas to schemas/.
/// Descriptions are Italian: editors read them as hints while they type.
/// </summary>
public static class ContentShapes
{
    public const string MissionCodePattern = "^M[1-9][0-9]?$";
    public const string ComponentCodePattern = "^M[1-9][0-9]?C[1-9][0-9]?$";
    public const string DatePattern = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
    public const string WebAddressPattern = "^https?://[^\\s]+$";

    private static readonly ObjectShape Named = new("Voce", "Un elemento con identificativo e nome.",
    [
        new("id", FieldKind.Text, Required: true, "Identificativo breve, in minuscolo, usato negli altri file (ad esempio cm, comuni)."),
        new("name", FieldKind.Text, Required: true, "Nome per esteso, come compare nel piano."),
    ]);

    public static ObjectShape Plan { get; } = new("piano.yml", $"{ContentLayout.PlanFile}: identità del piano, attori e parole chiave della visione.",
    [
        new("title", FieldKind.Text, Required: true, "Titolo completo del piano."),
        new("short_title", FieldKind.Text, Required: true, "Titolo breve (ad esempio PSTTM 2025–2027)."),
        new("issuer", FieldKind.Text, Required: true, "Ente che adotta il piano."),
        new("edition", FieldKind.Text, Required: true, "Edizione o periodo del piano (ad esempio 2025–2027)."),
        new("language", FieldKind.Text, Required: true, "Lingua dei contenuti: it."),
        new("adoption", FieldKind.Group, Required: false,
            "L'atto che adotta il piano: organo, numero e data, come nell'atto. Facoltativo: finché manca, nessuna edizione pubblica una data del piano.",
            Item: new ObjectShape("Atto di adozione", "Organo, numero e data dell'atto che adotta il piano.",
            [
                new("organ", FieldKind.Text, Required: true, "Organo che ha adottato il piano, come nell'atto (ad esempio Consiglio metropolitano)."),
                new("number", FieldKind.Text, Required: true, "Numero dell'atto, come scritto nell'atto (ad esempio 12/2025)."),
                new("date", FieldKind.Date, Required: true, "Data dell'atto nella forma AAAA-MM-GG.", Pattern: DatePattern),
            ])),
        new("website", FieldKind.Text, Required: false,
            "Indirizzo pubblico del sito del piano (https://…), stampato nel colophon dell'edizione per la stampa; se manca, il colophon non indica indirizzi.",
            Pattern: WebAddressPattern),
        new("licence", FieldKind.Group, Required: true, "Licenza dei contenuti e dei dati aperti.",
            Item: new ObjectShape("Licenza", "Nome e indirizzo della licenza.",
            [
                new("name", FieldKind.Text, Required: true, "Nome della licenza (ad esempio CC BY 4.0)."),
                new("url", FieldKind.Text, Required: true, "Indirizzo del testo della licenza."),
            ])),
        new("actors", FieldKind.GroupList, Required: true, "Gli attori delle colonne delle tabelle degli obiettivi (id e nome).", Item: Named),
        new("keywords", FieldKind.GroupList, Required: true, "Le parole chiave della visione (id e nome).", Item: Named),
    ]);

    public static ObjectShape Pnrr { get; } = new("pnrr.yml", $"{ContentLayout.PnrrFile}: missioni e componenti del PNRR.",
    [
        new("missions", FieldKind.GroupList, Required: true, "Le missioni del PNRR.",
            Item: new ObjectShape("Missione PNRR", "Codice e titolo di una missione.",
            [
                new("code", FieldKind.Text, Required: true, "Codice della missione: M1, M2, …", Pattern: MissionCodePattern),
                new("title", FieldKind.Text, Required: true, "Titolo della missione."),
            ])),
        new("components", FieldKind.GroupList, Required: true, "Le componenti del PNRR.",
            Item: new ObjectShape("Componente PNRR", "Codice, titolo e attori di una componente.",
            [
                new("code", FieldKind.Text, Required: true, "Codice della componente: M1C1, M2C3, …", Pattern: ComponentCodePattern),
                new("title", FieldKind.Text, Required: true, "Titolo della componente."),
                new("actors", FieldKind.TextList, Required: true, "Gli attori coinvolti (id da piano.yml), ad esempio [cm, comuni]."),
            ])),
    ]);

    public static ObjectShape Mission { get; } = new("missione", $"{ContentLayout.MissionsFolder}/mN.yml: introduzione, parole chiave e obiettivi di una missione.",
    [
        new("mission", FieldKind.Text, Required: true, "Codice della missione, come in pnrr.yml (M1, M2, …)."),
        new("intro", FieldKind.Markdown, Required: true, "Testo introduttivo della missione, in Markdown (dopo intro: | , rientrato di due spazi)."),
        new("keywords", FieldKind.TextList, Required: false, "Le parole chiave della visione che riguardano la missione (id da piano.yml)."),
        new("vision_label", FieldKind.Text, Required: false,
            "Il nome della missione nella riga della matrice della visione, come stampato lì (può differire dal titolo della missione); se manca, la riga usa il titolo."),
        new("objectives", FieldKind.GroupList, Required: true, "Gli obiettivi della missione, nell'ordine della tabella ufficiale.",
            Item: new ObjectShape("Obiettivo", "Un obiettivo strategico della missione.",
            [
                new("n", FieldKind.Number, Required: true, "Numero dell'obiettivo nella missione (1, 2, …).", Minimum: 1),
                new("text", FieldKind.Text, Required: true, "Testo dell'obiettivo, come nel piano ufficiale."),
                new("actors", FieldKind.TextList, Required: false, "Gli attori coinvolti (i ● della tabella), ad esempio [cm, comuni, corpi-intermedi]."),
                new("components", FieldKind.TextList, Required: false, "Le componenti PNRR a cui contribuisce, ad esempio [M1C1]: almeno una."),
                new("drivers", FieldKind.NumberList, Required: false, "I driver dell'Agenda strategica a cui appartiene, per numero, ad esempio [1, 3]."),
            ])),
    ]);

    public static ObjectShape Checks { get; } = new("controlli.yml", $"{ContentLayout.ChecksFile}: avvisi accettati dai responsabili del piano, ciascuno con il suo motivo.",
    [
        new("accepted", FieldKind.GroupList, Required: false, "Gli avvisi accettati.",
            Item: new ObjectShape("Avviso accettato", "Un avviso che resta elencato ma non fa fallire il controllo.",
            [
                new("code", FieldKind.Text, Required: true, "Codice dell'avviso, ad esempio PS3001."),
                new("subject", FieldKind.Text, Required: true, "Di che cosa parla l'avviso, come lo riporta il messaggio (ad esempio M2.18, oppure M1.11 M5C1)."),
                new("reason", FieldKind.Text, Required: true, "Perché l'avviso è accettato: resta scritto e si legge nei controlli."),
            ])),
    ]);

    private static ObjectShape Agent(string title, string role) => new(title, $"{role} (dcatapit:Agent): nome e codice IPA.",
    [
        new("name", FieldKind.Text, Required: false, "Nome ufficiale dell'amministrazione, come nell'Indice dei domicili digitali della PA (IPA)."),
        new("ipa", FieldKind.Text, Required: false, "Codice IPA dell'amministrazione (si trova su www.indicepa.gov.it), ad esempio agid."),
    ]);

    /// <summary>
    /// content/catalogo.yml: the facts of the DCAT-AP_IT catalogue that the plan does not state. Every field is
    /// optional for the reader: a missing one is a warning of the check stage (PS3006), which names what to fill in,
    /// and keeps the catalogue from being written.
    /// </summary>
    public static ObjectShape Catalogue { get; } = new("catalogo.yml", $"{ContentLayout.CatalogueFile}: i dati del catalogo DCAT-AP_IT dei dati aperti, per la raccolta (harvesting) del catalogo nazionale dati.gov.it.",
    [
        new("publisher", FieldKind.Group, Required: false, "Editore del catalogo e dei dataset: l'amministrazione che pubblica i dati.", Item: Agent("Editore", "Editore")),
        new("rights_holder", FieldKind.Group, Required: false, "Titolare dei dataset: l'amministrazione che ne detiene i diritti.", Item: Agent("Titolare", "Titolare")),
        new("themes", FieldKind.TextList, Required: false, "Temi dei dataset, codici del vocabolario europeo data-theme: AGRI, ECON, EDUC, ENER, ENVI, GOVE, HEAL, INTR, JUST, REGI, SOCI, TECH, TRAN. Ad esempio [GOVE, REGI]."),
        new("frequency", FieldKind.Text, Required: false, "Frequenza di aggiornamento, codice del vocabolario europeo frequency: ad esempio IRREG (irregolare), ANNUAL, TRIENNIAL, NEVER, UNKNOWN."),
        new("contact_point", FieldKind.Group, Required: false, "Punto di contatto per i dataset (raccomandato): un ufficio, non una persona.",
            Item: new ObjectShape("Punto di contatto", "Nome dell'ufficio e indirizzo di posta elettronica.",
            [
                new("name", FieldKind.Text, Required: false, "Nome dell'ufficio che risponde alle domande sui dati."),
                new("email", FieldKind.Text, Required: false, "Indirizzo di posta elettronica dell'ufficio."),
            ])),
        new("modified", FieldKind.Date, Required: false, "Data dell'ultima modifica dei dati, AAAA-MM-GG; se manca vale la data dell'atto di adozione (adoption in piano.yml), e senza nessuna delle due il catalogo non viene scritto.", Pattern: DatePattern),
    ]);

    public static ObjectShape Driver { get; } = new("driver", $"Intestazione di {ContentLayout.DriversFolder}/NN-titolo.md: un driver dell'Agenda strategica.",
    [
        new("number", FieldKind.Number, Required: true, "Numero del driver (1–10), uguale alle prime due cifre del nome del file.", Minimum: 1),
        new("title", FieldKind.Text, Required: true, "Titolo del driver."),
        new("subtitle", FieldKind.Text, Required: true, "Sottotitolo del driver."),
        new("lead", FieldKind.Text, Required: true, "Frase di apertura del driver."),
    ]);

    public static ObjectShape Page { get; } = new("pagina", $"Intestazione di {ContentLayout.PagesFolder}/nome.md: una pagina di testo.",
    [
        new("title", FieldKind.Text, Required: true, "Titolo della pagina."),
    ]);
}
