using System.Globalization;
using PianoSite.Model;

namespace PianoSite.Tests.Content;

/// <summary>
/// The fidelity checks fail on broken content: each test breaks a copy of content/ in a temporary folder (or the
/// plan or seed in memory), reads it with the generator's pipeline and expects the check to report the breakage.
/// The repository's content is never touched.
/// </summary>
public sealed class FidelityChecksCanFailTests
{
    private static AgendaSeed Agenda => RealPlan.AgendaSeed;

    private static ObjectivesSeed Tables => RealPlan.ObjectivesSeed;

    [Fact]
    public void A_deleted_sentence_fails_the_line_coverage_and_the_word_count()
    {
        var plan = EditedCopy("content/agenda/02-politiche-verdi-e-blu.md",
            "Quattro sono le principali linee di azione individuate dal Piano strategico.\n\n", string.Empty);

        Assert.Contains(AgendaFidelity.LineCoverageProblems(Agenda, plan, 2), p => p.Contains("«Quattro sono le principali linee di azio-»", StringComparison.Ordinal));
        Assert.Contains(AgendaFidelity.WordCountProblems(Agenda, plan, 2), p => p.Contains("«Quattro» is 1 time(s) in the seed but 0", StringComparison.Ordinal));
    }

    [Fact]
    public void A_deleted_sentence_of_the_introduction_fails_the_line_coverage_and_the_word_count()
    {
        var plan = EditedCopy("content/pagine/agenda-strategica.md",
            "Il Piano strategico, per svolgere con efficacia la propria funzione di strumento di indirizzo, è chiamato a fornire all’Ente, ai Comuni e agli attori territoriali realistiche linee di azione, utili ad attuare le proprie politiche di sviluppo, integrando così gli obiettivi strategici precedentemente delineati.",
            string.Empty);

        Assert.NotEmpty(AgendaFidelity.LineCoverageProblems(Agenda, plan, 0));
        Assert.Contains(AgendaFidelity.WordCountProblems(Agenda, plan, 0), p => p.Contains("«delineati.»", StringComparison.Ordinal));
    }

    [Fact]
    public void A_dropped_word_fails_the_line_coverage_and_the_word_count()
    {
        var plan = EditedCopy("content/agenda/06-tra-produzione-e-logistica.md", "nelle Linee guida per la", "nelle Linee per la");

        Assert.Contains(AgendaFidelity.LineCoverageProblems(Agenda, plan, 6), p => p.Contains("«queste sfide nelle Linee guida per la»", StringComparison.Ordinal));
        Assert.Equal(
            ["driver 6: «guida» is 1 time(s) in the seed but 0 time(s) in the content (dropped)"],
            AgendaFidelity.WordCountProblems(Agenda, plan, 6));
    }

    [Fact]
    public void A_duplicated_paragraph_fails_the_word_count_though_every_line_is_still_found()
    {
        const string Paragraph = "Non a caso, durante la pandemia COVID-19 è emerso con forza il ruolo dei Comuni, che sono stati punto di riferimento e di presidio del territorio sia per quanto concerne la capacità di rilevare i bisogni, sia da un punto di vista operativo nella gestione delle domande emerse dalle rispettive comunità.\n\n";
        var plan = EditedCopy("content/agenda/10-sistema-salute-territorio.md", Paragraph, Paragraph + Paragraph);

        Assert.Empty(AgendaFidelity.LineCoverageProblems(Agenda, plan, 10));
        Assert.Contains(AgendaFidelity.WordCountProblems(Agenda, plan, 10), p => p.Contains("«COVID-19» is 2 time(s) in the content but 1 time(s) in the seed", StringComparison.Ordinal));
    }

    [Fact]
    public void A_word_moved_from_the_subtitle_to_the_lead_fails_the_opening_check_only()
    {
        var plan = EditedCopy("content/agenda/01-campus-metropolitano-smart.md",
            "servizi digitali innovativi\nlead: Il Campus", "servizi digitali\nlead: innovativi Il Campus");

        Assert.Empty(AgendaFidelity.WordCountProblems(Agenda, plan, 1));
        Assert.Contains(AgendaFidelity.OpeningProblems(Agenda, plan, 1), p => p.Contains("the subtitle should be", StringComparison.Ordinal));
    }

    [Fact]
    public void A_renamed_driver_fails_the_heading_check()
    {
        var plan = EditedCopy("content/agenda/03-sustain-ability.md", "title: Sustain-Ability", "title: Sustainability");

        Assert.Equal(
            ["seed 000 line 293: driver 3 is «SUSTAIN - ABILITY», the content's title is «Sustainability»"],
            AgendaFidelity.HeadingProblems(Agenda, plan));
    }

    [Fact]
    public void A_junk_line_not_listed_fails_the_coverage_and_the_word_count()
    {
        var lines = SeedFiles.AgendaLines.ToList();
        var heading = lines.FindIndex(l => l.StartsWith(" DRIVER 4 |", StringComparison.Ordinal));
        lines.Insert(heading + 5, "DRIVER 4");
        var seed = AgendaSeed.Parse(lines);

        Assert.Contains(AgendaFidelity.LineCoverageProblems(seed, RealPlan.Value, 4), p => p.Contains("«DRIVER 4» is not in driver 4", StringComparison.Ordinal));
        Assert.NotEmpty(AgendaFidelity.WordCountProblems(seed, RealPlan.Value, 4));
    }

    [Fact]
    public void An_unneeded_cross_column_continuation_is_reported()
    {
        var lines = SeedFiles.AgendaLines.Select(l => l.Replace("iniziative locali, promos-", "iniziative locali, promosse", StringComparison.Ordinal)).ToList();

        Assert.Contains(AgendaSeed.Parse(lines).Problems, p => p.Contains("promos-|se (driver 8) is not needed", StringComparison.Ordinal));
    }

    [Fact]
    public void A_paragraph_broken_mid_sentence_fails_the_paragraph_check()
    {
        var driver = RealPlan.Value.Drivers.Single(d => d.Number == 1);
        var broken = Replace(driver.Body.Markdown, "interconnettere le proprie sedi", "interconnettere\n\nle proprie sedi");

        var problems = ParagraphForm.Problems("driver 1", broken);

        Assert.Equal(2, problems.Count);
        Assert.Contains("paragraph ends mid-sentence «…", problems[0], StringComparison.Ordinal);
        Assert.Contains(" di interconnettere»", problems[0], StringComparison.Ordinal);
        Assert.Contains("paragraph starts with a lower-case word «le proprie sedi", problems[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_lower_case_list_item_and_an_unended_item_fail_the_paragraph_check()
    {
        var problems = ParagraphForm.Problems("driver 8", "Tre linee strategiche:\n\n- potenziare i servizi;\n- promuovere un sistema integrato\n");

        Assert.Equal(3, problems.Count);
        Assert.Contains("list item starts with a lower-case word «potenziare i servizi;»", problems[0], StringComparison.Ordinal);
        Assert.Contains("list item ends mid-sentence «promuovere un sistema integrato»", problems[1], StringComparison.Ordinal);
        Assert.Contains("list item starts with a lower-case word «promuovere", problems[2], StringComparison.Ordinal);
    }

    [Fact]
    public void The_printed_enumeration_of_driver_8_set_as_a_list_fails_the_structure_check()
    {
        var plan = EditedCopy("content/agenda/08-il-lavoro-al-lavoro.md",
            "tre linee strategiche: potenziare", "tre linee strategiche:\n\n- potenziare");

        Assert.Equal(
            [
                "driver 8, body line 5: a list where seed 000 prints running text (it has no list marks): write the printed paragraphs as paragraphs",
                "driver 8: paragraph 2 ends «Il PSTTM intende lavorare lungo tre linee strategiche:», the printed one ends with seed 000 line 918 «zione.»",
            ],
            AgendaStructure.Problems(Agenda, plan, 8));
    }

    [Fact]
    public void A_paragraph_break_the_print_does_not_have_or_a_list_of_its_paragraphs_fails_the_structure_check()
    {
        var seven = EditedCopy("content/agenda/07-scuole-avamposto-di-comunita.md", "non è una novità. Già da vari anni", "non è una novità.\n\nGià da vari anni");
        var three = EditedCopy("content/agenda/03-sustain-ability.md", "\nLa Traiettoria Resiliente", "\n- La Traiettoria Resiliente");

        Assert.Equal(
            [
                "driver 7 has 7 paragraph(s), the printed plan 6 (ending at seed 000 lines 843, 802, 815, 854, 881, 896)",
                "driver 7: paragraph 1 ends «… metropolitana “l’obiettivo scuole aperte” non è una novità.», the printed one ends with seed 000 line 843 «processi organizzativi/gestionali.»",
                "driver 7: paragraph 2 ends «…innovazione tecnologica e processi organizzativi/gestionali.», the printed one ends with seed 000 line 802 «locali, una loro compiuta realizzazione.»",
            ],
            AgendaStructure.Problems(Agenda, seven, 7).Take(3));
        var problems = AgendaStructure.Problems(Agenda, three, 3);
        Assert.StartsWith("driver 3, body line 13: a list where seed 000 prints running text", problems[0], StringComparison.Ordinal);
        Assert.StartsWith("driver 3 has 9 paragraph(s), the printed plan 10", problems[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_tick_cell_that_is_neither_a_dot_nor_empty_is_reported()
    {
        var lines = SeedFiles.ObjectivesLines
            .Select(l => l.StartsWith("8\tGestore unico del Servizio Idrico", StringComparison.Ordinal) ? l.Replace("●", "x", StringComparison.Ordinal) : l)
            .ToList();

        Assert.Contains(ObjectivesSeed.Parse(lines).Problems, p => p.Contains("holds «x», neither ● nor empty", StringComparison.Ordinal));
    }

    [Fact]
    public void A_changed_tick_of_an_objective_fails_the_mission_check()
    {
        var plan = EditedCopy("content/missioni/m2.yml",
            "Recupero di calore da impianti di depurazione e rete fognaria\n    actors: [comuni, corpi-intermedi]",
            "Recupero di calore da impianti di depurazione e rete fognaria\n    actors: [cm, comuni, corpi-intermedi]");

        Assert.Equal(
            [$"M2.2: seed 001 line {LineOf("2\tRecupero di calore")} ticks [comuni, corpi-intermedi], the content has [cm, comuni, corpi-intermedi]"],
            ObjectivesFidelity.MissionProblems(Tables, plan, 2));
    }

    [Fact]
    public void A_changed_objective_text_or_intro_fails_the_mission_check()
    {
        var plan = EditedCopy("content/missioni/m3.yml", "text: Ampliamento servizi di e-mobility", "text: Ampliamento dei servizi di e-mobility");
        var problems = ObjectivesFidelity.MissionProblems(Tables, plan, 3);

        Assert.Contains("M3.11: text differs from seed 001", Assert.Single(problems), StringComparison.Ordinal);

        plan = EditedCopy("content/missioni/m4.yml", "La quarta Missione incide", "La quarta missione incide");
        Assert.Contains("M4: the intro differs from seed 001", Assert.Single(ObjectivesFidelity.MissionProblems(Tables, plan, 4)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_changed_tick_or_title_of_a_component_fails_the_component_check()
    {
        var plan = EditedCopy("content/pnrr.yml",
            "servizio sanitario nazionale\n    actors: [comuni]", "servizio sanitario nazionale\n    actors: [cm, comuni]");

        Assert.Equal(
            [$"M6C2: seed 001 line {LineOf("\tM6C2\t")} ticks [comuni], the content has [cm, comuni]"],
            ObjectivesFidelity.ComponentProblems(Tables, plan));

        plan = EditedCopy("content/pnrr.yml", "title: Turismo e cultura 4.0", "title: Turismo e cultura");
        Assert.Contains("M1C3: seed 001 line", Assert.Single(ObjectivesFidelity.ComponentProblems(Tables, plan)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_changed_keyword_fails_the_vision_check()
    {
        var plan = EditedCopy("content/missioni/m6.yml", "keywords: [connettivita, prossimita, inclusione]", "keywords: [connettivita, prossimita]");

        Assert.Contains("M6: the vision matrix", Assert.Single(ObjectivesFidelity.VisionProblems(Tables, plan)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_mission_heading_in_the_matrix_row_fails_the_vision_check()
    {
        var plan = EditedCopy("content/missioni/m3.yml",
            "vision_label: Infrastrutture per la mobilità sostenibile", "vision_label: Infrastrutture per una mobilità sostenibile");

        Assert.Equal(
            [$"M3: the vision matrix (seed 001 line {LineOf("MISSIONE 3 ")}) labels the row «Infrastrutture per la mobilità sostenibile», "
                + "content/missioni/m3.yml has vision_label «Infrastrutture per una mobilità sostenibile»"],
            ObjectivesFidelity.VisionProblems(Tables, plan));
    }

    [Fact]
    public void A_space_before_a_joining_slash_fails_the_mission_check_but_a_spaced_slash_is_kept()
    {
        var plan = EditedCopy("content/missioni/m2.yml", "del PAESC/Piano di Azione", "del PAESC /Piano di Azione");

        Assert.Contains("M2.4: text differs from seed 001", Assert.Single(ObjectivesFidelity.MissionProblems(Tables, plan, 2)), StringComparison.Ordinal);
        Assert.Equal("alta velocità / capacità", FidelityText.FixTableArtefacts("alta velocità / capacità"));
    }

    [Fact]
    public void The_chapter_cut_elsewhere_or_a_paraphrased_heading_fails_the_chapter_check()
    {
        var chapter = RealPlan.ChapterSeed;
        var vision = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "content/pagine/visione.md"));
        var centrale = vision[vision.IndexOf("\n\nCentrale risulta inoltre", StringComparison.Ordinal)..].TrimEnd('\n');
        var plan = EditedCopies(
            ("content/pagine/visione.md", centrale, string.Empty),
            ("content/pagine/obiettivi-strategici.md", "---\nSecondo questo approccio", "---\n" + centrale.TrimStart('\n') + "\n\nSecondo questo approccio"));

        Assert.Equal(
            [
                "content/pagine/visione.md block 3: the plan prints the paragraph «Centrale risulta inoltre, a partire da una condivisione dell…» (seed 001 line "
                    + chapter.Blocks[2].Line + "), the content has nothing",
                "content/pagine/obiettivi-strategici.md block 1 differs from seed 001 line " + chapter.Blocks[3].Line
                    + " after «»: the plan prints «Secondo questo approccio, gli obiettivi …», the content has «Centrale risulta inoltre, a partire da u…»",
            ],
            ChapterFidelity.TextProblems(chapter, plan).Take(2));

        plan = EditedCopy("content/pagine/visione.md", "title: Visione di sviluppo metropolitano e Missioni PNRR", "title: Visione di sviluppo metropolitano");
        Assert.Equal(
            [$"content/pagine/visione.md should have the title «Visione di sviluppo metropolitano e Missioni PNRR» (seed 001 line {chapter.VisionHeadingLine}), has «Visione di sviluppo metropolitano»"],
            ChapterFidelity.HeadingProblems(chapter, plan));
    }

    [Fact]
    public void The_directions_as_paragraphs_fail_the_chapter_check()
    {
        var plan = EditedCopy("content/pagine/obiettivi-strategici.md", "\n- **Funzioni dei Comuni.**", "\n\n**Funzioni dei Comuni.**");

        Assert.Contains(ChapterFidelity.TextProblems(RealPlan.ChapterSeed, plan),
            p => p.StartsWith("content/pagine/obiettivi-strategici.md block 3: the plan prints the list item «**Funzioni dei Comuni.** Il PSTTM", StringComparison.Ordinal)
                && p.Contains("the content has the paragraph «**Funzioni dei Comuni.** Il PSTTM", StringComparison.Ordinal));
    }

    [Fact]
    public void A_driver_no_objective_links_fails_the_link_check()
    {
        var plan = RealPlan.Value;
        var unlinked = plan with
        {
            Missions = [.. plan.Missions.Select(m => m with
            {
                Objectives = [.. m.Objectives.Select(o => o with { Drivers = [.. o.Drivers.Where(d => d.Value != 10)] })],
            })],
        };

        Assert.Equal(["driver 10 «Sistema salute territorio» is not in the drivers: of any objective"], DriverLinks.Problems(unlinked));
    }

    /// <summary>The plan of a copy of content/ with one unique text of one file replaced.</summary>
    private static Plan EditedCopy(string relativePath, string oldText, string newText) => EditedCopies((relativePath, oldText, newText));

    /// <summary>The plan of a copy of content/ with one unique text of each file replaced.</summary>
    private static Plan EditedCopies(params (string RelativePath, string OldText, string NewText)[] edits)
    {
        var root = Path.Combine(Path.GetTempPath(), "pianosite-fidelity-" + Guid.NewGuid().ToString("N"));
        try
        {
            CopyFolder(Path.Combine(TestPaths.RepositoryRoot, "content"), Path.Combine(root, "content"));
            foreach (var (relativePath, oldText, newText) in edits)
            {
                var path = Path.Combine(root, relativePath);
                File.WriteAllText(path, Replace(File.ReadAllText(path), oldText, newText));
            }
            return RealPlan.Load(root);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static string Replace(string text, string oldText, string newText)
    {
        var first = text.IndexOf(oldText, StringComparison.Ordinal);
        Assert.True(first >= 0 && text.IndexOf(oldText, first + 1, StringComparison.Ordinal) < 0,
            $"the text to break must occur exactly once: «{oldText}»");
        return string.Concat(text.AsSpan(0, first), newText, text.AsSpan(first + oldText.Length));
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
        foreach (var folder in Directory.GetDirectories(from))
        {
            CopyFolder(folder, Path.Combine(to, Path.GetFileName(folder)));
        }
    }

    private static string LineOf(string start) =>
        (SeedFiles.ObjectivesLines.ToList().FindIndex(l => l.StartsWith(start, StringComparison.Ordinal)) + 1).ToString(CultureInfo.InvariantCulture);
}
