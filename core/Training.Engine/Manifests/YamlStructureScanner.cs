using Training.Engine.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Training.Engine.Manifests;

/// <summary>
/// Walks the YAML event stream once, before any tree is built, and rejects what the representation
/// model would mishandle: aliases (expanded by the model, so a "billion laughs" file would explode),
/// duplicate keys (the model throws on the first), excessive nesting (the model recurses), several
/// documents, and a root that is not a mapping.
/// </summary>
internal static class YamlStructureScanner
{
    /// <summary>Deeper than any real manifest (which needs four levels), far below stack trouble.</summary>
    public const int MaxDepth = 32;

    /// <summary>Returns true when the text can safely be loaded into a <c>YamlStream</c>.</summary>
    public static bool Scan(string text, ManifestContext context)
    {
        var before = context.Diagnostics.Items.Count;
        var lastGood = Mark.Empty;
        try
        {
            Walk(new Parser(new StringReader(text)), context, ref lastGood);
        }
        catch (YamlException exception)
        {
            context.Error(DiagnosticCodes.YamlSyntax, $"The manifest is not valid YAML: {YamlErrors.Describe(exception)}", exception.Start, Hint);
        }
        catch (Exception exception) when (YamlErrors.IsLibraryFailure(exception))
        {
            // YamlDotNet 18.1 throws InvalidOperationException on some malformed flow collections
            // instead of a YamlException; the last event read is the best position known.
            context.Error(DiagnosticCodes.YamlSyntax, "The manifest is not valid YAML after this position.", lastGood, Hint);
        }

        return context.Diagnostics.Items.Count == before;
    }

    private const string Hint = "Check indentation, colons, brackets and quotes around this position.";

    private static void Walk(IParser parser, ManifestContext context, ref Mark lastGood)
    {
        var frames = new Stack<Frame>();
        var documents = 0;
        while (parser.MoveNext())
        {
            var current = parser.Current!;
            lastGood = current.End;
            switch (current)
            {
                case DocumentStart start:
                    documents++;
                    if (documents == 2)
                    {
                        context.Error(DiagnosticCodes.ManifestNotMapping, "The manifest holds more than one YAML document.", start.Start, "Remove the second '---' and everything after it.");
                        return;
                    }

                    break;
                case AnchorAlias alias:
                    context.Error(DiagnosticCodes.YamlAliasNotAllowed, $"YAML aliases ('*{alias.Value}') are not allowed in a manifest.", alias.Start, "Write the value out in full instead of referring to an anchor.");
                    OnNode(frames, alias, context);
                    break;
                case Scalar scalar:
                    if (frames.Count == 0)
                    {
                        ReportScalarRoot(scalar, context);
                    }

                    OnNode(frames, scalar, context);
                    break;
                case MappingStart or SequenceStart:
                    if (frames.Count == 0 && current is SequenceStart)
                    {
                        context.Error(DiagnosticCodes.ManifestNotMapping, "The manifest is a list; it must be a mapping of fields.", current.Start, "Start the file with 'id: region.slug' on its own line, without '- '.");
                    }

                    OnNode(frames, current, context);
                    if (frames.Count >= MaxDepth)
                    {
                        context.Error(DiagnosticCodes.YamlSyntax, $"The manifest is nested more than {MaxDepth} levels deep.", current.Start, "A manifest needs only a few levels; remove the extra nesting.");
                        return;
                    }

                    frames.Push(new Frame(current is MappingStart));
                    break;
                case MappingEnd or SequenceEnd:
                    frames.Pop();
                    break;
                default:
                    break;
            }
        }

        if (documents == 0)
        {
            context.Diagnostics.Add(Diagnostic.Error(DiagnosticCodes.ManifestEmpty, "The manifest is empty.", new SourceLocation(context.File, 1, 1), "Write at least id, version, sdk and title."));
        }
    }

    private static void ReportScalarRoot(Scalar scalar, ManifestContext context)
    {
        if (YamlValues.IsNullScalar(scalar.Value, scalar.Style))
        {
            context.Diagnostics.Add(Diagnostic.Error(DiagnosticCodes.ManifestEmpty, "The manifest is empty.", new SourceLocation(context.File, 1, 1), "Write at least id, version, sdk and title."));
        }
        else
        {
            context.Error(DiagnosticCodes.ManifestNotMapping, "The manifest is a single value; it must be a mapping of fields.", scalar.Start, "Write one 'field: value' per line, starting with 'id: region.slug'.");
        }
    }

    // Tracks which mapping entries are keys so duplicates and non-text keys are caught where they are.
    private static void OnNode(Stack<Frame> frames, ParsingEvent node, ManifestContext context)
    {
        if (frames.Count == 0 || !frames.Peek().IsMapping)
        {
            return;
        }

        var frame = frames.Peek();
        frame.ExpectsKey = !frame.ExpectsKey;
        if (!frame.ExpectsKey)
        {
            if (node is not Scalar key)
            {
                context.Error(DiagnosticCodes.WrongType, "A mapping key must be a plain name, not a list, mapping or alias.", node.Start, "Write keys as 'name: value'.");
            }
            else if (!frame.Keys.Add(key.Value))
            {
                context.Error(DiagnosticCodes.DuplicateKey, $"The key '{key.Value}' appears more than once in this mapping.", key.Start, "Keep one of them: YAML does not allow repeated keys.");
            }
        }
    }

    private sealed class Frame(bool isMapping)
    {
        public bool IsMapping { get; } = isMapping;

        // Flipped on every node: true after a value, so the next node is a key.
        public bool ExpectsKey { get; set; } = true;

        public HashSet<string> Keys { get; } = new(StringComparer.Ordinal);
    }
}
