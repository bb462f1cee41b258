using PianoSite.Diagnostics;

namespace PianoSite.Model;

/// <summary>
/// The act that adopts the plan (content/piano.yml, adoption:): what really dates an official plan. Optional until
/// the editors enter it; without it no edition prints a date for the plan.
/// </summary>
/// <param name="Organ">the organ that adopted it, as the act names it (for example Consiglio metropolitano).</param>
/// <param name="Number">the act's number, as written on it (for example 12/2025).</param>
public sealed record AdoptionAct(string Organ, string Number, DateOnly Date, SourceSpan Span);
