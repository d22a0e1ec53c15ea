using System.Text.Json;
using Training.Cli.Hosting;

namespace Training.Cli.Commands;

/// <summary>Reads an answer sheet file, reporting malformed JSON with its line and column.</summary>
internal static class AnswerSheetFile
{
    public static JsonDocument Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new CliException($"The answer sheet '{path}' does not exist.");
        }

        try
        {
            return JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException ex)
        {
            var line = (ex.LineNumber ?? 0) + 1;
            var column = (ex.BytePositionInLine ?? 0) + 1;
            throw new CliException($"{path}:{line}:{column}: the answer sheet is not valid JSON. Write an object such as {{ \"question-id\": \"answer\" }}.");
        }
    }
}
