using System.Text.Json;
using Training.Engine.Quizzes.Gift;

namespace Training.Fuzzing.Targets;

/// <summary>The GIFT parser: any text must end in questions and diagnostics, never in an exception.</summary>
internal sealed class GiftTarget : IFuzzTarget
{
    public string Name => "gift";

    // Quiz files are small; 64 KB holds hundreds of questions.
    public int MaxInputLength => 64 * 1024;

    public IReadOnlyList<byte[]> Dictionary { get; } = TextInput.Tokens(
        "::", "{", "}", "=", "~", "#", "####", "->", "%", "%50%", "%-100%", "%100%", "T", "F", "TRUE", "FALSE",
        "{T}", "{#", "{#1..5}", "{#3:0.5}", "{=", "{~", "..", ":", "\\", "\\{", "\\}", "\\=", "\\~", "\\#", "\\:", "\\n",
        "[html]", "[markdown]", "[moodle]", "[plain]", "$CATEGORY:", "$CATEGORY: a/b", "//", "// [id:x]", "// [tag:y]",
        "\n\n", "\r\n", "\n", "\t", "{@", "{@ordering ", "=%50%a#b", "~%-50%", "=a -> b", "<b>", "</b>", "&amp;", "&#", "é",
        "\uFEFF", "\u0000", "1e308", "-0", "NaN", "99999999999999999999", "::Q1::", "{}", "}{");

    public IReadOnlyList<SeedInput> LoadSeeds(SeedSources seeds)
    {
        var root = seeds.RepositoryRoot;
        var shared = seeds.SharedCorpora;
        var files = new[]
        {
            SeedSources.Files(Path.Combine(root, "tests", "modules"), "*.gift"),
            SeedSources.Files(Path.Combine(root, "plugins"), "*.gift"),
            SeedSources.Files(shared, "*.gift"),
            SeedSources.Files(Combine(shared, "moodle-gift", "fixtures"), "*.txt"),
            SeedSources.Files(Combine(shared, "pygiftparser-rgmf"), "*.txt"),
        }.SelectMany(f => f);
        var list = SeedSources.Read(files, MaxInputLength).ToList();
        list.AddRange(MoodleCases(shared));
        list.AddRange(seeds.Extra(MaxInputLength));
        return list;
    }

    public void Execute(byte[] input)
    {
        var result = GiftParser.Parse(TextInput.Decode(input), "fuzz.gift");
        foreach (var diagnostic in result.Diagnostics)
        {
            if (diagnostic.Location is { Line: < 0 } or { Column: < 0 })
            {
                throw new InvariantException($"A diagnostic points at a negative line or column: {diagnostic}");
            }
        }
    }

    public byte[]? MutateStructure(byte[] input, Mutator mutator) => null;

    /// <summary>The GIFT texts of Moodle's own import tests (giftformat_test.php, extracted to JSON).</summary>
    private static IEnumerable<SeedInput> MoodleCases(string? shared)
    {
        var path = Combine(shared, "moodle-gift", "cases.json");
        if (path is null || !File.Exists(path))
        {
            yield break;
        }

        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        foreach (var item in document.RootElement.EnumerateArray())
        {
            if (item.TryGetProperty("gift", out var gift) && gift.ValueKind == JsonValueKind.String)
            {
                yield return new SeedInput(path + "#" + item.GetProperty("name").GetString(), System.Text.Encoding.UTF8.GetBytes(gift.GetString()!));
            }
        }
    }

    private static string? Combine(string? root, params string[] parts) => root is null ? null : Path.Combine([root, .. parts]);
}
