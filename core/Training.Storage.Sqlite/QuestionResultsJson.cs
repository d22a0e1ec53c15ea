using System.Text;
using System.Text.Json;
using Training.Engine.Quizzes.Grading;
using Training.Engine.Records.Storage;

namespace Training.Storage.Sqlite;

/// <summary>
/// The <c>attempt_results.questions</c> column: a JSON array
/// <c>[{ "id", "score", "maxScore", "result" }]</c>, one row per attempt rather than one per question so
/// item analysis reads a few hundred thousand rows, not millions.
/// </summary>
internal static class QuestionResultsJson
{
    private static readonly JsonEncodedText IdName = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText ScoreName = JsonEncodedText.Encode("score");
    private static readonly JsonEncodedText MaxScoreName = JsonEncodedText.Encode("maxScore");
    private static readonly JsonEncodedText ResultName = JsonEncodedText.Encode("result");

    public static string Write(IReadOnlyList<QuestionResultRow> questions)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var question in questions)
            {
                writer.WriteStartObject();
                writer.WriteString(IdName, question.QuestionId);
                writer.WriteNumber(ScoreName, question.Score);
                writer.WriteNumber(MaxScoreName, question.MaxScore);
                writer.WriteString(ResultName, question.Result);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    public static IReadOnlyList<QuestionResultRow> Read(byte[] utf8) => new Decoder().Decode(utf8).ToArray();

    /// <summary>Decodes rows into a reused buffer, sharing the id strings between rows (no per-row allocation once warm).</summary>
    internal sealed class Decoder
    {
        private readonly Dictionary<string, string> _ids = new(StringComparer.Ordinal);
        private QuestionResultRow[] _rows = new QuestionResultRow[32];
        private char[] _chars = new char[128];

        public ReadOnlySpan<QuestionResultRow> Decode(ReadOnlySpan<byte> utf8)
        {
            var reader = new Utf8JsonReader(utf8);
            var count = 0;
            string id = string.Empty, result = GradeResults.Incorrect;
            double score = 0, maxScore = 0;
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                        id = string.Empty;
                        result = GradeResults.Incorrect;
                        score = maxScore = 0;
                        break;
                    case JsonTokenType.PropertyName when reader.ValueTextEquals(IdName.EncodedUtf8Bytes):
                        reader.Read();
                        id = SharedString(ref reader);
                        break;
                    case JsonTokenType.PropertyName when reader.ValueTextEquals(ScoreName.EncodedUtf8Bytes):
                        reader.Read();
                        score = reader.GetDouble();
                        break;
                    case JsonTokenType.PropertyName when reader.ValueTextEquals(MaxScoreName.EncodedUtf8Bytes):
                        reader.Read();
                        maxScore = reader.GetDouble();
                        break;
                    case JsonTokenType.PropertyName when reader.ValueTextEquals(ResultName.EncodedUtf8Bytes):
                        reader.Read();
                        result = ResultOf(ref reader);
                        break;
                    case JsonTokenType.EndObject:
                        if (count == _rows.Length)
                        {
                            Array.Resize(ref _rows, count * 2);
                        }

                        _rows[count++] = new QuestionResultRow(id, score, maxScore, result);
                        break;
                    default:
                        break;
                }
            }

            return _rows.AsSpan(0, count);
        }

        private static string ResultOf(ref Utf8JsonReader reader) =>
            reader.ValueTextEquals("correct"u8) ? GradeResults.Correct
            : reader.ValueTextEquals("partial"u8) ? GradeResults.Partial
            : reader.ValueTextEquals("pending"u8) ? GradeResults.Pending
            : GradeResults.Incorrect;

        private string SharedString(ref Utf8JsonReader reader)
        {
            var length = reader.HasValueSequence ? (int)reader.ValueSequence.Length : reader.ValueSpan.Length;
            if (_chars.Length < length)
            {
                _chars = new char[length * 2];
            }

            var written = reader.CopyString(_chars);
            var lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
            var span = _chars.AsSpan(0, written);
            if (!lookup.TryGetValue(span, out var shared))
            {
                shared = new string(span);
                _ids[shared] = shared;
            }

            return shared;
        }
    }
}
