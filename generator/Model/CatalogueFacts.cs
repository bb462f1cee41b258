using System.Collections.Immutable;
using PianoSite.Diagnostics;

namespace PianoSite.Model;

/// <summary>
/// The facts of the open data's DCAT-AP_IT catalogue that the plan does not state, from content/catalogo.yml, as the
/// editors wrote them: any of them may be missing (the check stage says which, PS3006) and none is ever made up.
/// </summary>
/// <param name="Themes">codes of the EU data-theme vocabulary (GOVE, REGI, …), each where it was written.</param>
/// <param name="ThemesSpan">where <c>themes</c> is written, or the file's mapping when it is not.</param>
/// <param name="Frequency">a code of the EU frequency vocabulary (IRREG, ANNUAL, …).</param>
/// <param name="Modified">the data's last change; null: the date of the act that adopts the plan, when piano.yml gives it.</param>
/// <param name="Span">the file's top mapping: where a missing group is reported.</param>
public sealed record CatalogueFacts(
    CatalogueAgent? Publisher,
    CatalogueAgent? RightsHolder,
    ImmutableArray<Located<string>> Themes,
    SourceSpan ThemesSpan,
    Located<string>? Frequency,
    CatalogueContact? ContactPoint,
    Located<DateOnly>? Modified,
    SourceSpan Span)
{
    /// <summary>
    /// What the catalogue lacks, in the file's order: the properties DCAT-AP_IT makes mandatory (for the catalogue and
    /// each dataset a publisher, a rights holder, at least one theme and an update frequency; for an agent its name
    /// and IPA code; for a contact point, when there is one, its name and e-mail address), and the values outside the
    /// vocabularies the profile names; the date of the data's last change when neither this file nor the plan's
    /// adopting act (<paramref name="adoption"/>) gives one, since none is made up. The catalogue is written only when
    /// there is none.
    /// </summary>
    public IEnumerable<CatalogueGap> Gaps(AdoptionAct? adoption)
    {
        foreach (var gap in AgentGaps(Publisher, "publisher").Concat(AgentGaps(RightsHolder, "rights_holder")))
        {
            yield return gap;
        }
        if (Themes.IsEmpty)
        {
            yield return new CatalogueGap("themes", ThemesSpan);
        }
        foreach (var theme in Themes.Where(t => !EuVocabulary.DataThemes.Contains(t.Value)))
        {
            yield return new CatalogueGap("themes", theme.Span, theme.Value);
        }
        if (Frequency is null)
        {
            yield return new CatalogueGap("frequency", Span);
        }
        else if (!EuVocabulary.IsFrequencyCode(Frequency.Value))
        {
            yield return new CatalogueGap("frequency", Frequency.Span, Frequency.Value);
        }
        if (Modified is null && adoption is null)
        {
            yield return new CatalogueGap("modified", Span);
        }
        if (ContactPoint is { } contact)
        {
            if (contact.Name is null)
            {
                yield return new CatalogueGap("contact_point.name", contact.Span);
            }
            if (contact.Email is null)
            {
                yield return new CatalogueGap("contact_point.email", contact.Span);
            }
            else if (!IsEmail(contact.Email.Value))
            {
                yield return new CatalogueGap("contact_point.email", contact.Email.Span, contact.Email.Value);
            }
        }
    }

    private IEnumerable<CatalogueGap> AgentGaps(CatalogueAgent? agent, string key)
    {
        if (agent is null)
        {
            yield return new CatalogueGap(key, Span);
            yield break;
        }
        if (agent.Name is null)
        {
            yield return new CatalogueGap($"{key}.name", agent.Span);
        }
        if (agent.Ipa is null)
        {
            yield return new CatalogueGap($"{key}.ipa", agent.Span);
        }
        else if (!agent.Ipa.Value.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.'))
        {
            yield return new CatalogueGap($"{key}.ipa", agent.Ipa.Span, agent.Ipa.Value);
        }
    }

    /// <summary>One @ between a local part and a domain with a dot, no spaces: what a mailto: address needs.</summary>
    private static bool IsEmail(string value)
    {
        var at = value.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at == value.LastIndexOf('@') && value.IndexOf('.', at) > at + 1 && !value.EndsWith('.')
            && !value.Any(c => char.IsWhiteSpace(c) || c is '<' or '>' or '"' or ',' or ';');
    }
}

/// <summary>An administration in a role of the catalogue (publisher, rights holder): its name and IPA code.</summary>
public sealed record CatalogueAgent(Located<string>? Name, Located<string>? Ipa, SourceSpan Span);

/// <summary>The office that answers questions about the data: its name and e-mail address.</summary>
public sealed record CatalogueContact(Located<string>? Name, Located<string>? Email, SourceSpan Span);
