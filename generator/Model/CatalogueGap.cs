using PianoSite.Diagnostics;

namespace PianoSite.Model;

/// <summary>
/// A fact the DCAT-AP_IT catalogue needs that content/catalogo.yml lacks (<see cref="Value"/> null) or has in a form
/// the profile does not accept (<see cref="Value"/> the text written). <see cref="Field"/> is its path in the file,
/// "publisher.ipa".
/// </summary>
public sealed record CatalogueGap(string Field, SourceSpan Span, string? Value = null)
{
    public bool IsInvalid => Value is not null;
}
