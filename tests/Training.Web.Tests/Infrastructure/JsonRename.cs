using System.Text.Json;
using System.Text.Json.Nodes;

namespace Training.Web.Tests.Infrastructure;

/// <summary>Answer sheets use question ids with dashes, which C# anonymous objects cannot name.</summary>
public static class JsonRename
{
    public static JsonElement Rename(this JsonElement element, string from, string to)
    {
        var node = JsonNode.Parse(element.GetRawText())!.AsObject();
        var value = node[from];
        node.Remove(from);
        node[to] = value;
        return JsonSerializer.SerializeToElement(node);
    }
}
