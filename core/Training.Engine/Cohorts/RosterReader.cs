using CsvHelper;
using Training.Engine.Records;
using Training.Engine.Records.Trainees;

namespace Training.Engine.Cohorts;

/// <summary>
/// Reads a roster file (<c>id,name,email</c>) and checks every line on its own: the result holds
/// either the rows or every problem, by line number (the header is line 1).
/// </summary>
internal static class RosterReader
{
    public static readonly string[] Header = ["id", "name", "email"];

    public static (List<RosterRow> Rows, List<RosterProblem> Problems) Read(TextReader text)
    {
        var rows = new List<RosterRow>();
        var problems = new List<RosterProblem>();
        var options = new CsvReaderOptions { Separator = ',', TrimWhitespace = true, TrackLineNumbers = true, DetectSeparatorHint = false };
        using var csv = CsvReader.Create(text, options, leaveOpen: true);
        csv.ReadHeader();
        var header = csv.Headers.Select(h => h.Trim().ToLowerInvariant()).ToList();
        if (!header.SequenceEqual(Header))
        {
            var found = header.Count == 0 ? "an empty file" : $"'{string.Join(",", csv.Headers)}'";
            problems.Add(new RosterProblem(1, $"the header must be 'id,name,email', found {found}"));
            return (rows, problems);
        }

        var firstLineOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var firstLineOfEmail = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        while (csv.Read())
        {
            var line = (int)csv.LineNumber;
            var id = Field(csv, 0);
            var name = Field(csv, 1);
            var email = Field(csv, 2);
            var messages = new List<string>();
            if (csv.FieldCount > Header.Length)
            {
                messages.Add($"{csv.FieldCount} fields, expected 3 (id,name,email)");
            }

            string? normalizedId = null;
            if (id.Length == 0)
            {
                messages.Add("missing id");
            }
            else
            {
                normalizedId = Check(() => TraineeInput.Id(id), messages, $"invalid id '{id}' (1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit)");
            }

            string? normalizedName = null;
            if (name.Length == 0)
            {
                messages.Add("missing name");
            }
            else
            {
                normalizedName = Check(() => TraineeInput.Name(name), messages, "invalid name (at most 200 characters, no control characters)");
            }

            string? normalizedEmail = null;
            var emailValid = email.Length == 0 || (normalizedEmail = Check(() => TraineeInput.Email(email), messages, $"invalid e-mail '{email}'")) is not null;
            if (normalizedEmail is not null)
            {
                if (firstLineOfEmail.TryGetValue(normalizedEmail, out var first))
                {
                    messages.Add($"duplicate e-mail '{normalizedEmail}' (first on line {first})");
                }
                else
                {
                    firstLineOfEmail[normalizedEmail] = line;
                }
            }

            if (normalizedId is not null)
            {
                if (firstLineOf.TryGetValue(normalizedId, out var first))
                {
                    messages.Add($"duplicate id '{normalizedId}' (first on line {first})");
                }
                else
                {
                    firstLineOf[normalizedId] = line;
                }
            }

            if (messages.Count > 0)
            {
                problems.Add(new RosterProblem(line, string.Join(", ", messages)));
            }
            else if (emailValid)
            {
                rows.Add(new RosterRow(line, normalizedId!, normalizedName!, normalizedEmail));
            }
        }

        return (rows, problems);
    }

    private static string Field(CsvReader csv, int index) => index < csv.FieldCount ? csv.GetString(index).Trim() : string.Empty;

    private static string? Check(Func<string?> normalize, List<string> messages, string ifInvalid)
    {
        try
        {
            return normalize();
        }
        catch (LearningRecordsException)
        {
            // The same rules as for one trainee, with a message that fits a list of lines.
            messages.Add(ifInvalid);
            return null;
        }
    }
}
