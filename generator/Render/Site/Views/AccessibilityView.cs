namespace PianoSite.Render.Site;

/// <summary>/accessibilita/: how the site is made accessible and how to report a problem to the issuer.</summary>
public sealed record AccessibilityView(string Issuer, string SiteTitle);
