namespace PianoSite.Write;

/// <summary>
/// A part of a file's content that repeats, byte for byte, in other files: an objective's row on every page that
/// lists it. All the files share one array for it, so a later stage can do its work on the block once and reuse it
/// wherever the same array appears (the verify stage reads each row once, not once per page).
/// </summary>
/// <param name="Offset">where the block starts in the file's content.</param>
/// <param name="Bytes">the block, the same array in every file that repeats it; its length is the block's.</param>
public readonly record struct RepeatedBlock(int Offset, byte[] Bytes);
