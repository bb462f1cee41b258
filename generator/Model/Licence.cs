namespace PianoSite.Model;

public sealed record Licence(string Name, string Url);
