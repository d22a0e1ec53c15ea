using System.Text.Json.Nodes;

namespace Training.Engine.Xapi;

/// <content>The context: registration, instructor, team, context activities, revision, platform, language, statement, extensions.</content>
internal sealed partial class StatementCheck
{
    private static readonly string[] s_contextKeys =
        ["registration", "instructor", "team", "contextActivities", "revision", "platform", "language", "statement", "extensions"];
    private static readonly string[] s_contextActivityKeys = ["parent", "grouping", "category", "other"];

    private void Context(JsonNode node, string path, JsonNode? statementObject)
    {
        if (Object(node, path) is not { } context)
        {
            return;
        }

        Keys(context, path, s_contextKeys);
        Optional(context, "registration", path, Uuid);
        Optional(context, "instructor", path, Actor);
        Optional(context, "team", path, (n, p) =>
        {
            if (ObjectType(n, "Agent") == "Group")
            {
                Group(n, p);
            }
            else
            {
                Errors.Add($"{p}: must be a Group");
            }
        });
        Optional(context, "contextActivities", path, ContextActivities);
        Optional(context, "revision", path, (n, p) => String(n, p));
        Optional(context, "platform", path, (n, p) => String(n, p));
        Optional(context, "language", path, (n, p) => Format(n, p, XapiFormats.IsLanguageTag, "an RFC 5646 language tag"));
        Optional(context, "statement", path, StatementRef);
        Optional(context, "extensions", path, Extensions);

        // Revision and platform describe an activity: they make no sense about an agent or a statement.
        if (ObjectType(statementObject, "Activity") is { } type and not "Activity")
        {
            foreach (var key in new[] { "revision", "platform" }.Where(context.ContainsKey))
            {
                Errors.Add($"{path}.{key}: only allowed when the object is an Activity (it is a {type})");
            }
        }
    }

    private void ContextActivities(JsonNode node, string path)
    {
        if (Object(node, path) is not { } activities)
        {
            return;
        }

        Keys(activities, path, s_contextActivityKeys);
        foreach (var key in s_contextActivityKeys)
        {
            Optional(activities, key, path, (n, p) =>
            {
                if (n is JsonArray array)
                {
                    for (var i = 0; i < array.Count; i++)
                    {
                        ContextActivity(array[i], $"{p}[{i}]");
                    }
                }
                else
                {
                    ContextActivity(n, p);
                }
            });
        }
    }

    private void ContextActivity(JsonNode? node, string path)
    {
        if (node is null)
        {
            Errors.Add($"{path}: must not be null");
        }
        else if (ObjectType(node, "Activity") != "Activity")
        {
            Errors.Add($"{path}: must be an Activity");
        }
        else
        {
            Activity(node, path);
        }
    }
}
