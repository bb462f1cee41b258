using PianoSite.Parse.Shapes;

namespace PianoSite.Schemas;

/// <summary>One JSON Schema of schemas/: its file name, the fields it describes, and which content files it is for.</summary>
/// <param name="AppliesTo">the content files it describes, as a glob relative to the plan's root ("content/missioni/*.yml").</param>
/// <param name="IsFrontMatter">it describes the front matter of Markdown files, which editors' YAML tools cannot check in place.</param>
public sealed record SchemaFile(string FileName, ObjectShape Shape, string AppliesTo, bool IsFrontMatter = false);
