using System.Buffers.Binary;
using Training.Engine.Quizzes.Grading;
using Training.Engine.Records.Storage;

namespace Training.Storage.Sqlite;

/// <summary>
/// <c>attempt_results.scores</c>: per question in layout order, the score as a little-endian float64
/// then one result byte (0 incorrect, 1 partial, 2 correct, 3 pending). Nine bytes a question keeps a
/// 100,000-attempt scan to a few megabytes.
/// </summary>
internal static class ScoresBlob
{
    public const int BytesPerQuestion = 9;

    public static byte[] Encode(IReadOnlyList<QuestionResultRow> questions)
    {
        var bytes = new byte[questions.Count * BytesPerQuestion];
        for (var i = 0; i < questions.Count; i++)
        {
            var slot = bytes.AsSpan(i * BytesPerQuestion, BytesPerQuestion);
            BinaryPrimitives.WriteDoubleLittleEndian(slot, questions[i].Score);
            slot[8] = questions[i].Result switch
            {
                GradeResults.Partial => 1,
                GradeResults.Correct => 2,
                GradeResults.Pending => 3,
                _ => 0,
            };
        }

        return bytes;
    }

    /// <summary>Decodes into <paramref name="rows"/>; returns how many were written.</summary>
    public static int Decode(ReadOnlySpan<byte> bytes, QuizLayout layout, Span<QuestionResultRow> rows)
    {
        var count = Math.Min(bytes.Length / BytesPerQuestion, layout.Ids.Length);
        for (var i = 0; i < count; i++)
        {
            var slot = bytes.Slice(i * BytesPerQuestion, BytesPerQuestion);
            var result = slot[8] switch
            {
                1 => GradeResults.Partial,
                2 => GradeResults.Correct,
                3 => GradeResults.Pending,
                _ => GradeResults.Incorrect,
            };
            rows[i] = new QuestionResultRow(layout.Ids[i], BinaryPrimitives.ReadDoubleLittleEndian(slot), layout.MaxScores[i], result);
        }

        return count;
    }
}
