namespace PianoSite.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}
