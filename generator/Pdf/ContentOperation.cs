namespace PianoSite.Pdf;

/// <summary>One operator of a PDF content stream, with the byte range of its operands and itself.</summary>
public sealed record ContentOperation(string Operator, int Start, int End);
