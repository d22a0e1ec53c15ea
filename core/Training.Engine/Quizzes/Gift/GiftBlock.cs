namespace Training.Engine.Quizzes.Gift;

/// <summary>
/// The lines of one question (or category) between blank lines. Comment lines are blanked
/// with spaces of the same length, as Moodle drops them, so offsets inside the block still
/// point into the file.
/// </summary>
/// <param name="Start">The offset of the block's first character in the normalized text.</param>
/// <param name="Text">The block's text, comment lines blanked.</param>
/// <param name="Comments">The comment lines, trimmed, each followed by a line break.</param>
internal readonly record struct GiftBlock(int Start, ReadOnlyMemory<char> Text, string Comments);
