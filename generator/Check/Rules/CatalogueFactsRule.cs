using PianoSite.Diagnostics;
using PianoSite.Model;

namespace PianoSite.Check.Rules;

/// <summary>
/// PS3006 and PS3007 (warnings): content/catalogo.yml, when there is one, holds every fact the DCAT-AP_IT catalogue
/// needs, in the form the profile accepts. Each message says what to write and where; the subject is the field's
/// path ("publisher.ipa"), so that a gap can be accepted in controlli.yml while the editors find the fact. Without
/// the file there is nothing to check: the build says that no catalogue was written (PS4005 with --base-url).
/// </summary>
public sealed class CatalogueFactsRule : IRule
{
    public IEnumerable<Diagnostic> Check(Plan plan, PlanIndex index) =>
        plan.Catalogue is { } facts ? facts.Gaps(plan.Info.Adoption).Select(Diagnose) : [];

    private static Diagnostic Diagnose(CatalogueGap gap) => gap.IsInvalid
        ? Diagnostic.Warning(Codes.CatalogueFactInvalid, gap.Span, $"{Invalid(gap)}: il catalogo DCAT-AP_IT non viene scritto finché non è corretto", gap.Field)
        : Diagnostic.Warning(Codes.CatalogueFactMissing, gap.Span, $"{Missing(gap.Field)}: il catalogo DCAT-AP_IT non viene scritto finché manca", gap.Field);

    private static string Missing(string field) => field switch
    {
        "publisher" => "manca l'editore dei dati: aggiungere publisher: con name: (il nome dell'amministrazione) e ipa: (il suo codice IPA)",
        "rights_holder" => "manca il titolare dei dati: aggiungere rights_holder: con name: (il nome dell'amministrazione) e ipa: (il suo codice IPA)",
        "publisher.name" or "rights_holder.name" => $"manca il nome dell'amministrazione in {Group(field)}: aggiungere name: con il nome ufficiale, come nell'Indice della PA (IPA)",
        "publisher.ipa" or "rights_holder.ipa" => $"manca il codice IPA in {Group(field)}: aggiungere ipa: con il codice dell'amministrazione nell'Indice della PA (www.indicepa.gov.it)",
        "themes" => "mancano i temi dei dati: aggiungere themes: con almeno un codice del vocabolario europeo, ad esempio [GOVE, REGI]",
        "frequency" => "manca la frequenza di aggiornamento dei dati: aggiungere frequency: con un codice del vocabolario europeo, ad esempio IRREG",
        "modified" => "manca la data dell'ultima modifica dei dati, che il catalogo richiede: aggiungere modified: AAAA-MM-GG (in sua assenza vale la data dell'atto di adozione, adoption: in piano.yml, se indicato)",
        "contact_point.name" => "manca il nome dell'ufficio nel punto di contatto: aggiungere name: in contact_point (oppure togliere contact_point, che è facoltativo)",
        "contact_point.email" => "manca l'indirizzo di posta elettronica nel punto di contatto: aggiungere email: in contact_point (oppure togliere contact_point, che è facoltativo)",
        _ => $"manca «{field}»",
    };

    private static string Invalid(CatalogueGap gap) => gap.Field switch
    {
        "themes" => $"il tema «{gap.Value}» non è del vocabolario europeo dei temi: usare uno di {string.Join(", ", EuVocabulary.DataThemes)}",
        "frequency" => $"la frequenza «{gap.Value}» non è un codice del vocabolario europeo delle frequenze: ad esempio IRREG, ANNUAL, TRIENNIAL, NEVER, UNKNOWN (in maiuscolo)",
        "contact_point.email" => $"«{gap.Value}» non è un indirizzo di posta elettronica: scriverlo nella forma ufficio@ente.it",
        _ => $"il codice IPA «{gap.Value}» in {Group(gap.Field)} non è valido: ha solo lettere, cifre e trattini bassi, come nell'Indice della PA",
    };

    private static string Group(string field) => field[..field.IndexOf('.', StringComparison.Ordinal)];
}
