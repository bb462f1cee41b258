using PianoSite.Diagnostics;
using PianoSite.Tests.Support;

namespace PianoSite.Tests.Parse;

/// <summary>The model stage, assembling the files into one plan: PS2009 … PS2013.</summary>
public sealed class PlanAssemblyTests
{
    [Fact]
    public void A_mission_file_for_a_mission_not_in_pnrr_yml_is_PS2009()
    {
        using var plan = FixturePlan.Minimal();
        plan.Write("content/missioni/m3.yml", "mission: M3\nintro: Terza.\nobjectives: []\n");

        var diagnostic = DiagnosticAssert.Only(plan.Check(), Codes.UnknownMission, "content/missioni/m3.yml", 1, 1);

        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Contains("«M3»", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("M1, M2", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_mission_without_its_file_is_warning_PS2010_at_the_mission_in_pnrr_yml()
    {
        using var plan = FixturePlan.Minimal();
        plan.Delete("content/missioni/m2.yml");

        var result = plan.Check();

        var diagnostic = DiagnosticAssert.One(result, Codes.MissionWithoutFile, "content/pnrr.yml", 4, 5);
        Assert.Equal(Severity.Warning, diagnostic.Severity);
        Assert.Equal("M2", diagnostic.Subject);
        Assert.Contains("content/missioni/m2.yml", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(0, result.ErrorCount);
        Assert.Empty(result.Plan!.Missions[1].Objectives);
    }

    [Fact]
    public void Two_actors_with_one_id_are_PS2011_at_the_second()
    {
        using var plan = FixturePlan.Minimal();
        var line = plan.InsertAfter("content/piano.yml", "name: Corpi intermedi e altri attori", "  - id: cm", "    name: Città metropolitana di nuovo");

        var diagnostic = DiagnosticAssert.Only(plan.Check(), Codes.DuplicateId, "content/piano.yml", line, 5);

        Assert.Contains("l'attore «cm» è già definito in content/piano.yml:10:5", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal("cm", diagnostic.Subject);
    }

    [Fact]
    public void Two_keywords_with_one_id_are_PS2011()
    {
        using var plan = FixturePlan.Minimal();
        var line = plan.Append("content/piano.yml", "  - id: prossimita", "    name: Vicinanza");

        var diagnostic = DiagnosticAssert.Only(plan.Check(), Codes.DuplicateId, "content/piano.yml", line, 5);

        Assert.Contains("la parola chiave «prossimita»", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_components_with_one_code_are_PS2011_at_the_second()
    {
        using var plan = FixturePlan.Minimal();
        var line = plan.Append("content/pnrr.yml", "  - code: M1C1", "    title: Doppione", "    actors: [cm]");

        var diagnostic = DiagnosticAssert.Only(plan.Check(), Codes.DuplicateId, "content/pnrr.yml", line, 5);

        Assert.Contains("la componente «M1C1» è già definito in content/pnrr.yml:7:5", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal("M1C1", diagnostic.Subject);
    }

    [Fact]
    public void Two_missions_with_one_code_are_PS2011()
    {
        using var plan = FixturePlan.Minimal();
        var line = plan.InsertAfter("content/pnrr.yml", "title: Transizione ecologica", "  - code: M1", "    title: Ancora digitale");

        var diagnostic = DiagnosticAssert.Only(plan.Check(), Codes.DuplicateId, "content/pnrr.yml", line, 5);

        Assert.Contains("la missione «M1»", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_drivers_with_one_number_are_PS2011_at_the_second_file()
    {
        using var plan = FixturePlan.Minimal();
        plan.Write("content/agenda/01-gemello.md", plan.Read("content/agenda/01-citta-digitale.md"));

        var result = plan.Check();

        // Files are read in name order: 01-citta-digitale.md before 01-gemello.md.
        var diagnostic = DiagnosticAssert.Only(result, Codes.DuplicateId, "content/agenda/01-gemello.md", 1, 1);
        Assert.Contains("il driver numero «1» è già definito in content/agenda/01-citta-digitale.md:1:1", diagnostic.Message, StringComparison.Ordinal);
        Assert.Single(result.Plan!.Drivers);
    }

    [Fact]
    public void Two_files_for_one_mission_are_PS2011_at_the_second()
    {
        using var plan = FixturePlan.Minimal();
        plan.Write("content/missioni/m3.yml", plan.Read("content/missioni/m2.yml").Replace("Raccolta differenziata", "Compostaggio", StringComparison.Ordinal));

        var diagnostic = DiagnosticAssert.One(plan.Check(), Codes.DuplicateId, "content/missioni/m3.yml", 1, 1);

        Assert.Contains("il file della missione «M2» è già definito in content/missioni/m2.yml:1:1", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_component_of_a_mission_not_in_pnrr_yml_is_PS2012()
    {
        using var plan = FixturePlan.Minimal();
        var line = plan.Append("content/pnrr.yml", "  - code: M3C1", "    title: Ferrovie", "    actors: [cm]");

        var result = plan.Check();

        var diagnostic = DiagnosticAssert.One(result, Codes.ComponentWithoutMission, "content/pnrr.yml", line, 5);
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Contains("missione M3", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_driver_whose_number_differs_from_its_file_name_is_warning_PS2013_at_the_number()
    {
        using var plan = FixturePlan.Minimal();
        plan.Move("content/agenda/01-citta-digitale.md", "content/agenda/02-citta-digitale.md");

        var result = plan.Check();

        var diagnostic = DiagnosticAssert.Only(result, Codes.DriverNumberMismatch, "content/agenda/02-citta-digitale.md", 2, 1);
        Assert.Equal(Severity.Warning, diagnostic.Severity);
        Assert.Equal("02-citta-digitale", diagnostic.Subject);
        Assert.Contains("«02»", diagnostic.Message, StringComparison.Ordinal);
        Assert.True(result.Succeeded);
        Assert.False(plan.Check(strict: true).Succeeded);
    }
}
