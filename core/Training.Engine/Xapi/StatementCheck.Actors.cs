using System.Text.Json.Nodes;

namespace Training.Engine.Xapi;

/// <content>Agents, groups, accounts and the authority.</content>
internal sealed partial class StatementCheck
{
    private static readonly string[] s_identifiers = ["mbox", "mbox_sha1sum", "openid", "account"];
    private static readonly string[] s_agentKeys = ["objectType", "name", "mbox", "mbox_sha1sum", "openid", "account"];
    private static readonly string[] s_groupKeys = ["objectType", "name", "mbox", "mbox_sha1sum", "openid", "account", "member"];
    private static readonly string[] s_accountKeys = ["homePage", "name"];

    private void Actor(JsonNode node, string path)
    {
        switch (ObjectType(node, "Agent"))
        {
            case "Agent":
                Agent(node, path);
                break;
            case "Group":
                Group(node, path);
                break;
            case null:
                Errors.Add($"{path}: must be an Agent or a Group object");
                break;
            default:
                Optional((JsonObject)node, "objectType", path, (n, p) => Errors.Add($"{p}: must be \"Agent\" or \"Group\""));
                break;
        }
    }

    private void Agent(JsonNode node, string path)
    {
        if (Object(node, path) is not { } agent)
        {
            return;
        }

        Keys(agent, path, s_agentKeys);
        Optional(agent, "objectType", path, (n, p) => Format(n, p, s => s == "Agent", "\"Agent\""));
        Optional(agent, "name", path, (n, p) => String(n, p));
        if (Identifiers(agent, path) != 1)
        {
            Errors.Add($"{path}: an Agent needs exactly one of mbox, mbox_sha1sum, openid, account");
        }
    }

    private void Group(JsonNode node, string path, int? members = null, bool anonymousOnly = false)
    {
        if (Object(node, path) is not { } group)
        {
            return;
        }

        Keys(group, path, s_groupKeys);
        Exact(group, "objectType", path, "Group");
        Optional(group, "name", path, (n, p) => String(n, p));
        var identifiers = Identifiers(group, path);
        if (identifiers > 1)
        {
            Errors.Add($"{path}: a Group uses at most one of mbox, mbox_sha1sum, openid, account");
        }

        if (identifiers == 0 || anonymousOnly)
        {
            if (anonymousOnly && identifiers > 0)
            {
                Errors.Add($"{path}: must be an anonymous Group");
            }

            Required(group, "member", path, (n, p) => Members(n, p, members));
        }
        else
        {
            Optional(group, "member", path, (n, p) => Members(n, p, members));
        }
    }

    private void Members(JsonNode node, string path, int? expected)
    {
        if (Array(node, path) is not { } members)
        {
            return;
        }

        if (expected is { } count && members.Count != count)
        {
            Errors.Add($"{path}: must hold exactly {count} agents");
        }

        for (var i = 0; i < members.Count; i++)
        {
            if (ObjectType(members[i], "Agent") == "Group")
            {
                Errors.Add($"{path}[{i}]: a Group's members are Agents");
            }
            else
            {
                Agent(members[i]!, $"{path}[{i}]");
            }
        }
    }

    private int Identifiers(JsonObject actor, string path)
    {
        var count = 0;
        foreach (var key in s_identifiers.Where(actor.ContainsKey))
        {
            count++;
            Optional(actor, key, path, key switch
            {
                "mbox" => (n, p) => Format(n, p, XapiFormats.IsMbox, "a mailto: IRI with an e-mail address"),
                "mbox_sha1sum" => (n, p) => Format(n, p, XapiFormats.IsSha1Hex, "a SHA-1 hex digest"),
                "openid" => Iri,
                _ => Account,
            });
        }

        return count;
    }

    private void Account(JsonNode node, string path)
    {
        if (Object(node, path) is not { } account)
        {
            return;
        }

        Keys(account, path, s_accountKeys);
        Required(account, "homePage", path, Iri);
        Required(account, "name", path, (n, p) => String(n, p));
    }

    private void Authority(JsonNode node, string path)
    {
        // An authority is one agent, or an OAuth pair: an anonymous group of exactly two agents.
        if (ObjectType(node, "Agent") == "Group")
        {
            Group(node, path, members: 2, anonymousOnly: true);
        }
        else
        {
            Agent(node, path);
        }
    }
}
