using System.Globalization;
using Training.Engine.Diagnostics;
using Training.Sdk.Questions;

namespace Training.Engine.Quizzes.Gift;

/// <summary>
/// Reads a GIFT file block by block. Each question reports its own errors and is dropped when it
/// has any; the next blank line starts afresh, so one bad question never hides another's errors.
/// </summary>
internal sealed class GiftQuestionReader
{
    private const string CategoryPrefix = "$CATEGORY:";

    private readonly GiftSource _source;
    private readonly QuestionTypeRegistry _types;
    private readonly string _language;
    private readonly List<Diagnostic> _diagnostics = [];
    private readonly SourceReporter _reporter;
    private readonly List<GiftParsedQuestion> _questions = [];
    private readonly List<GiftCategory> _categories = [];
    private readonly Dictionary<string, SourceLocation> _ids = new(StringComparer.Ordinal);
    private string? _category;
    private int _position;

    public GiftQuestionReader(GiftSource source, QuestionTypeRegistry types, string language)
    {
        _source = source;
        _types = types;
        _language = language;
        _reporter = new SourceReporter(source, _diagnostics);
    }

    public GiftParseResult Read()
    {
        foreach (var block in GiftBlockSplitter.Split(_source))
        {
            ReadBlock(block);
        }

        return new GiftParseResult(_source.FilePath, _questions, _categories, _diagnostics);
    }

    private void ReadBlock(GiftBlock block)
    {
        var text = GiftSyntax.Trim(block.Text.Span, out var leading);
        var origin = block.Start + leading;
        if (text.IsEmpty)
        {
            if (GiftMetadata.MentionsMetadata(block.Comments))
            {
                _reporter.Warning(
                    DiagnosticCodes.GiftDetachedMetadata,
                    block.Start,
                    "This [id:] or [tag:] comment is followed by a blank line, so it belongs to no question and is ignored.",
                    "Put the comment on the line just above its question.");
            }

            return;
        }

        if (text.StartsWith(CategoryPrefix, StringComparison.Ordinal))
        {
            var lineEnd = text.IndexOf('\n');
            var line = lineEnd < 0 ? text : text[..lineEnd];
            var name = GiftSyntax.Unescape(GiftSyntax.Trim(line[CategoryPrefix.Length..]));
            if (name.Length == 0)
            {
                _reporter.Warning(
                    DiagnosticCodes.GiftEmptyCategory,
                    origin,
                    "This $CATEGORY: line names no category and is ignored.",
                    "Write the category path after the colon, e.g. $CATEGORY: module/chapter-1.");
            }
            else
            {
                _category = name;
                _categories.Add(new GiftCategory(name, _source.Locate(origin)));
            }

            if (lineEnd < 0)
            {
                return;
            }

            // Moodle would swallow the following lines into the category name; a question is far likelier.
            var rest = GiftSyntax.Trim(text[(lineEnd + 1)..], out var restLeading);
            origin += lineEnd + 1 + restLeading;
            text = rest;
            if (text.IsEmpty)
            {
                return;
            }
        }

        ReadQuestion(text, origin, block.Comments);
    }

    private void ReadQuestion(ReadOnlySpan<char> text, int origin, string comments)
    {
        _position++;
        var errorsBefore = _reporter.ErrorCount;
        string? title = null;
        var body = text;
        var bodyOrigin = origin;
        if (text.StartsWith("::"))
        {
            var end = GiftSyntax.IndexOfUnescaped(text, "::", 2);
            if (end < 0)
            {
                _reporter.Error(
                    DiagnosticCodes.GiftUnclosedTitle,
                    origin,
                    "This question's title has no closing '::'.",
                    "Write the title as ::Title:: before the text (escape a literal colon as \\:).");
                return;
            }

            var name = GiftSyntax.Unescape(GiftSyntax.Trim(text[2..end]));
            title = name.Length == 0 ? null : name;
            body = GiftSyntax.Trim(text[(end + 2)..], out var leading);
            bodyOrigin = origin + end + 2 + leading;
        }
        else if (text[0] == ':' && text.IndexOf("::") > 0)
        {
            _reporter.Error(
                DiagnosticCodes.GiftMalformedTitle,
                origin,
                "This question starts with a single ':' where a title seems meant.",
                "Write the title as ::Title:: (two colons on each side).");
            return;
        }

        var open = GiftSyntax.IndexOfUnescaped(body, '{');
        var close = GiftSyntax.IndexOfUnescaped(body, '}');
        var isDescription = open < 0 && close < 0;
        if (!isDescription && !CheckBraces(body, bodyOrigin, open, close))
        {
            return;
        }

        var questionText = ReadText(body, open, close, isDescription, out var format);
        if (questionText.Length == 0)
        {
            _reporter.Error(
                DiagnosticCodes.GiftEmptyQuestionText,
                origin,
                "This question has no text.",
                "Write the question's text before (or around) its answer block.");
        }

        var inner = isDescription ? ReadOnlySpan<char>.Empty : body[(open + 1)..close];
        var innerOrigin = bodyOrigin + open + 1;
        var isPlugin = !inner.IsEmpty && inner[0] == '@';
        var answers = GiftSyntax.Trim(inner, out var answersLeading);
        var answersOrigin = innerOrigin + answersLeading;
        var generalFeedback = SplitGeneralFeedback(ref answers, format);

        var (metadataId, tags) = GiftMetadata.Extract(comments);
        var positional = false;
        var id = metadataId.Length > 0 ? metadataId : GiftSlug.From(title);
        if (id is null)
        {
            id = "q" + _position.ToString(CultureInfo.InvariantCulture);
            positional = true;
        }

        if (_reporter.ErrorCount != errorsBefore)
        {
            return;
        }

        var header = new GiftHeader(id, title, questionText, format, generalFeedback, tags, _category);
        var question = isDescription ? GiftAnswerBlockParser.Description(header)
            : isPlugin ? ReadPlugin(header, answers, answersOrigin)
            : GiftAnswerBlockParser.Parse(header, answers, answersOrigin, _reporter);
        if (question is null || _reporter.ErrorCount != errorsBefore)
        {
            return;
        }

        var location = _source.Locate(origin);
        if (_ids.TryGetValue(id, out var first))
        {
            _reporter.Error(
                DiagnosticCodes.GiftDuplicateId,
                origin,
                $"The question id '{id}' is already used by the question at line {first.Line}.",
                "Give one of them its own // [id:...] comment or a different title.");
            return;
        }

        _ids.Add(id, location);
        if (positional)
        {
            _reporter.Warning(
                DiagnosticCodes.GiftPositionId,
                origin,
                $"This question has neither an [id:] nor a title, so its id is its position ('{id}').",
                "Position ids do not survive edits; add // [id:...] on the line above the question.");
        }

        _questions.Add(new GiftParsedQuestion(question, location));
    }

    private bool CheckBraces(ReadOnlySpan<char> body, int bodyOrigin, int open, int close)
    {
        if (open < 0 || (close >= 0 && close < open))
        {
            _reporter.Error(
                DiagnosticCodes.GiftUnopenedAnswerBlock,
                bodyOrigin + close,
                "This '}' closes an answer block that was never opened.",
                "Add the missing '{', or escape a literal brace as \\}.");
            return false;
        }

        if (close < 0)
        {
            _reporter.Error(
                DiagnosticCodes.GiftUnclosedAnswerBlock,
                bodyOrigin + open,
                "This answer block is never closed.",
                "Add '}' at the end of the answers (a blank line ends the question), or escape a literal brace as \\{.");
            return false;
        }

        var nested = GiftSyntax.IndexOfUnescaped(body[..close], '{', open + 1);
        if (nested >= 0)
        {
            _reporter.Error(
                DiagnosticCodes.GiftNestedBrace,
                bodyOrigin + nested,
                "An unescaped '{' appears inside an answer block.",
                "Escape a literal brace as \\{, or close the previous block with '}' first.");
            return false;
        }

        var after = body[(close + 1)..];
        var strayOpen = GiftSyntax.IndexOfUnescaped(after, '{');
        var strayClose = GiftSyntax.IndexOfUnescaped(after, '}');
        var stray = strayOpen < 0 ? strayClose : strayClose < 0 ? strayOpen : Math.Min(strayOpen, strayClose);
        if (stray >= 0)
        {
            _reporter.Error(
                DiagnosticCodes.GiftSecondAnswerBlock,
                bodyOrigin + close + 1 + stray,
                "A question may have only one answer block, but another brace follows it.",
                "Separate questions with a blank line, or escape literal braces as \\{ and \\}.");
            return false;
        }

        return true;
    }

    private static string ReadText(ReadOnlySpan<char> body, int open, int close, bool isDescription, out TextFormat format)
    {
        if (isDescription)
        {
            return GiftText.Parse(body, TextFormat.Moodle, out format);
        }

        if (close == body.Length - 1)
        {
            return GiftText.Parse(body[..open], TextFormat.Moodle, out format);
        }

        // Text after the block makes it a missing-word question: Moodle shows a blank in its place.
        var joined = string.Concat(body[..open], GiftSyntax.MissingWordBlank, body[(close + 1)..]);
        return GiftText.Parse(joined, TextFormat.Moodle, out format);
    }

    private static string? SplitGeneralFeedback(ref ReadOnlySpan<char> answers, TextFormat format)
    {
        var separator = GiftSyntax.LastIndexOfUnescaped(answers, "####");
        if (separator < 0)
        {
            return null;
        }

        var feedback = GiftText.Parse(answers[(separator + 4)..], format, out _);
        answers = GiftSyntax.Trim(answers[..separator]);
        return feedback.Length == 0 ? null : feedback;
    }

    private Question? ReadPlugin(GiftHeader header, ReadOnlySpan<char> block, int origin)
    {
        // block starts with '@'.
        var idLength = 0;
        while (1 + idLength < block.Length && IsTypeIdChar(block[1 + idLength]))
        {
            idLength++;
        }

        var typeId = block.Slice(1, idLength).ToString();
        var afterId = 1 + idLength;
        if (idLength == 0 || (afterId < block.Length && !GiftSyntax.IsTrimmable(block[afterId])))
        {
            _reporter.Error(
                DiagnosticCodes.GiftMissingTypeId,
                origin,
                "A '{@' block must start with a question type id followed by a space.",
                "Write {@type-id body}, the id in lowercase letters, digits, '.' and '-'.");
            return null;
        }

        if (!_types.TryGet(typeId, out var type))
        {
            _reporter.Error(
                DiagnosticCodes.GiftUnknownQuestionType,
                origin + 1,
                $"No question type '{typeId}' is registered.",
                "Known types: " + string.Join(", ", _types.Ids) + ". Check the id or install the module that provides it.");
            return null;
        }

        var rawBody = GiftSyntax.Trim(block[afterId..], out var leading);
        var bodyOrigin = origin + afterId + leading;

        // Built-in types read their body as GIFT answer syntax, so they get it unescaped as written.
        int[] map;
        string body;
        if (QuestionTypeIds.BuiltIn.Contains(typeId))
        {
            body = rawBody.ToString();
            map = [.. Enumerable.Range(0, body.Length + 1)];
        }
        else
        {
            body = GiftSyntax.Unescape(rawBody, out map);
        }

        var draft = new QuestionDraft
        {
            Id = header.Id,
            Title = header.Title,
            Text = header.Text,
            Format = header.Format,
            GeneralFeedback = header.GeneralFeedback,
            Tags = header.Tags,
            Category = header.Category,
            Body = body,
            Language = _language,
        };

        Question? question;
        try
        {
            question = type.Parse(draft);
        }
        catch (QuestionFormatException exception)
        {
            var offset = Math.Clamp(exception.Offset, 0, map.Length - 1);
            _reporter.Error(
                DiagnosticCodes.GiftPluginQuestionInvalid,
                bodyOrigin + map[offset],
                $"The question type '{typeId}' rejected this question: {exception.Message}",
                "See the documentation of that question type for its body syntax.");
            return null;
        }
#pragma warning disable CA1031 // A plugin's bug must become a diagnostic, never crash the reader.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            _reporter.Error(
                DiagnosticCodes.GiftPluginFailed,
                bodyOrigin,
                $"The question type '{typeId}' failed on this question: {exception.GetType().Name}: {exception.Message}",
                "This is a bug in the module that provides the type; report it to its authors.");
            return null;
        }

        if (question is null || question.Type != typeId || question.Id != header.Id)
        {
            _reporter.Error(
                DiagnosticCodes.GiftPluginFailed,
                bodyOrigin,
                $"The question type '{typeId}' returned an invalid question (null, another type id, or another question id).",
                "This is a bug in the module that provides the type; report it to its authors.");
            return null;
        }

        return question;
    }

    private static bool IsTypeIdChar(char c) => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '.' or '-';
}
