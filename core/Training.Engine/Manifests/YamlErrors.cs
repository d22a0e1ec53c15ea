using YamlDotNet.Core;

namespace Training.Engine.Manifests;

/// <summary>Turns YamlDotNet's exception messages into plain sentences.</summary>
internal static class YamlErrors
{
    /// <summary>
    /// True for the exceptions YamlDotNet throws on malformed input through its own bugs rather than
    /// as a <see cref="YamlException"/>; the reader reports them as syntax errors instead of crashing.
    /// </summary>
    public static bool IsLibraryFailure(Exception exception) =>
        exception is InvalidOperationException or ArgumentException or IndexOutOfRangeException or NullReferenceException or FormatException or OverflowException;

    /// <summary>The problem without the "(Line: 3, Col: 1, Idx: 20) - (...): " prefix: the diagnostic already says where.</summary>
    public static string Describe(YamlException exception)
    {
        var message = exception.Message;
        var separator = message.IndexOf("): ", StringComparison.Ordinal);
        var text = message.StartsWith('(') && separator >= 0 ? message[(separator + 3)..] : message;
        text = text.Trim();
        return text.Length == 0 ? "syntax error." : text.EndsWith('.') ? text : text + ".";
    }
}
