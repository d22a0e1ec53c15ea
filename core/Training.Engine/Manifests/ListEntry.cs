using YamlDotNet.RepresentationModel;

namespace Training.Engine.Manifests;

/// <summary>An entry of a manifest list: its node (for locations) and what it was read into, if valid.</summary>
internal sealed record ListEntry<T>(YamlNode Node, T? Item)
    where T : class;
