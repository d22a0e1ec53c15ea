using System.Text.Json.Nodes;

namespace Training.Engine.Xapi;

/// <content>Statement objects: activities and their definitions, agents, groups, statement references, sub-statements.</content>
internal sealed partial class StatementCheck
{
    private static readonly string[] s_activityKeys = ["objectType", "id", "definition"];
    private static readonly string[] s_statementRefKeys = ["objectType", "id"];
    private static readonly string[] s_definitionKeys =
        ["name", "description", "type", "moreInfo", "extensions", "interactionType", "correctResponsesPattern", "choices", "scale", "source", "target", "steps"];
    private static readonly string[] s_componentKeys = ["id", "description"];
    private static readonly string[] s_componentLists = ["choices", "scale", "source", "target", "steps"];

    private void StatementObject(JsonNode node, string path, bool inSubstatement)
    {
        switch (ObjectType(node, "Activity"))
        {
            case "Activity":
                Activity(node, path);
                break;
            case "Agent":
                Agent(node, path);
                break;
            case "Group":
                Group(node, path);
                break;
            case "StatementRef":
                StatementRef(node, path);
                break;
            case "SubStatement" when inSubstatement:
                Errors.Add($"{path}: a SubStatement cannot contain a SubStatement");
                break;
            case "SubStatement":
                Statement(node, path, substatement: true);
                break;
            case null:
                Errors.Add($"{path}: must be an object");
                break;
            default:
                Errors.Add($"{path}.objectType: must be Activity, Agent, Group, SubStatement or StatementRef");
                break;
        }
    }

    private void Activity(JsonNode node, string path)
    {
        if (Object(node, path) is not { } activity)
        {
            return;
        }

        Keys(activity, path, s_activityKeys);
        Optional(activity, "objectType", path, (n, p) => Format(n, p, s => s == "Activity", "\"Activity\""));
        Required(activity, "id", path, Iri);
        Optional(activity, "definition", path, Definition);
    }

    private void Definition(JsonNode node, string path)
    {
        if (Object(node, path) is not { } definition)
        {
            return;
        }

        Keys(definition, path, s_definitionKeys);
        Optional(definition, "name", path, LanguageMap);
        Optional(definition, "description", path, LanguageMap);
        Optional(definition, "type", path, Iri);
        Optional(definition, "moreInfo", path, Iri);
        Optional(definition, "extensions", path, Extensions);
        Optional(definition, "interactionType", path, InteractionType);
        Optional(definition, "correctResponsesPattern", path, Strings);
        foreach (var list in s_componentLists)
        {
            Optional(definition, list, path, Components);
        }
    }

    private void Components(JsonNode node, string path)
    {
        if (Array(node, path) is not { } components)
        {
            return;
        }

        for (var i = 0; i < components.Count; i++)
        {
            var itemPath = $"{path}[{i}]";
            if (Object(components[i], itemPath) is not { } component)
            {
                continue;
            }

            Keys(component, itemPath, s_componentKeys);
            Required(component, "id", itemPath, (n, p) => String(n, p));
            Optional(component, "description", itemPath, LanguageMap);
        }
    }

    private void StatementRef(JsonNode node, string path)
    {
        if (Object(node, path) is not { } reference)
        {
            return;
        }

        Keys(reference, path, s_statementRefKeys);
        Exact(reference, "objectType", path, "StatementRef");
        Required(reference, "id", path, Uuid);
    }
}
