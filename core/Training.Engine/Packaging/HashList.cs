using System.Globalization;
using System.Text;

namespace Training.Engine.Packaging;

/// <summary>
/// The <c>package.sha256</c> file, in the format <c>sha256sum</c> writes and checks:
/// one line per file, <c>&lt;64 lowercase hex&gt;␠␠&lt;path&gt;</c>, sorted by path (ordinal), LF line ends,
/// UTF-8 without BOM. So after unzipping, <c>sha256sum -c package.sha256</c> checks the files by hand.
/// </summary>
internal static class HashList
{
    private const int HexLength = 64;

    /// <summary>Writes the hash list for the given files.</summary>
    /// <param name="hashesByPath">The lowercase hex SHA-256 of each file, by forward-slash path.</param>
    /// <returns>The file content.</returns>
    public static string Format(IReadOnlyDictionary<string, string> hashesByPath)
    {
        var text = new StringBuilder();
        foreach (var path in hashesByPath.Keys.Order(StringComparer.Ordinal))
        {
            text.Append(hashesByPath[path]).Append("  ").Append(path).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>Parses a hash list, reporting each bad line rather than stopping at the first.</summary>
    /// <param name="content">The file content.</param>
    /// <param name="problems">Why lines were refused, each naming the line.</param>
    /// <returns>The lowercase hash of each listed path.</returns>
    public static Dictionary<string, string> Parse(string content, List<string> problems)
    {
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        // A BOM (Notepad adds one) is not part of the first hash.
        var lines = content.TrimStart('\uFEFF').Split('\n');
        for (var index = 0; index < lines.Length; index++)
        {
            // Tolerate CRLF (an editor on Windows) and the final newline; nothing else.
            var line = lines[index].TrimEnd('\r');
            if (line.Length == 0)
            {
                continue;
            }

            var lineNumber = index + 1;
            if (!TrySplit(line, out var hash, out var path))
            {
                problems.Add(Invariant($"line {lineNumber} is not '<64 hex digits>  <path>'"));
                continue;
            }

            var nameProblem = EntryNameRules.FindProblem(path);
            if (nameProblem is not null || path.EndsWith('/'))
            {
                problems.Add(Invariant($"line {lineNumber} names '{path}', which {nameProblem ?? "is a folder"}"));
                continue;
            }

            if (!seen.Add(path.Normalize(NormalizationForm.FormC)))
            {
                problems.Add(Invariant($"line {lineNumber} lists '{path}' a second time"));
                continue;
            }

            hashes[path] = hash;
        }

        return hashes;
    }

    private static bool TrySplit(string line, out string hash, out string path)
    {
        hash = string.Empty;
        path = string.Empty;

        // sha256sum writes two spaces in text mode and " *" in binary mode; both mean the same here.
        if (line.Length <= HexLength + 2 || line[HexLength] != ' ' || line[HexLength + 1] is not (' ' or '*'))
        {
            return false;
        }

        var hex = line[..HexLength];
        if (!hex.All(char.IsAsciiHexDigit))
        {
            return false;
        }

        hash = hex.ToLowerInvariant();
        path = line[(HexLength + 2)..];
        return true;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
