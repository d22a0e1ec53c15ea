using Training.Engine.Diagnostics;

namespace Training.Engine.Modules.Dependencies;

/// <summary>
/// Orders modules so that every module comes after the modules it requires, and reports
/// missing, incompatible and cyclic requirements as diagnostics on the module concerned.
/// </summary>
internal static class DependencyResolver
{
    /// <summary>Returns the modules in load order; modules with a broken requirement are marked failed.</summary>
    /// <param name="modules">The candidates (failed ones are kept out of the order but still satisfy nothing).</param>
    /// <param name="requirements">Each module's requirements with where they are declared.</param>
    /// <param name="satisfies">Whether a version satisfies a range.</param>
    public static IReadOnlyList<LoadedModule> Order(
        IReadOnlyList<LoadedModule> modules,
        Func<LoadedModule, IReadOnlyList<(ModuleDependency Dependency, SourceLocation? Location)>> requirements,
        Func<string, string, bool> satisfies)
    {
        var byId = modules.ToDictionary(m => m.Id, StringComparer.Ordinal);

        foreach (var module in modules.Where(m => m.Status == ModuleStatus.Loaded))
        {
            foreach (var (dependency, location) in requirements(module))
            {
                if (!byId.TryGetValue(dependency.Id, out var required))
                {
                    module.Fail(Diagnostic.Error(
                        DiagnosticCodes.MissingDependency,
                        $"Module '{module.Id}' requires '{dependency.Id}' ({dependency.VersionRange}), which is not installed.",
                        location,
                        $"Install '{dependency.Id}' with 'training modules install', pass its folder with --modules, or remove it from 'requires'."));
                }
                else if (!satisfies(required.Version, dependency.VersionRange))
                {
                    module.Fail(Diagnostic.Error(
                        DiagnosticCodes.IncompatibleDependency,
                        $"Module '{module.Id}' requires '{dependency.Id}' {dependency.VersionRange}, but version {required.Version} is installed.",
                        location,
                        $"Install a version of '{dependency.Id}' within {dependency.VersionRange}, or widen the range."));
                }
            }
        }

        ReportCycles(modules, byId, requirements);

        // Kahn's algorithm over the modules still standing; ties break by id so the order is stable.
        var order = new List<LoadedModule>();
        var placed = new HashSet<string>(StringComparer.Ordinal);
        var remaining = modules.Where(m => m.Status == ModuleStatus.Loaded).OrderBy(m => m.Id, StringComparer.Ordinal).ToList();
        bool progressed;
        do
        {
            progressed = false;
            foreach (var module in remaining.ToList())
            {
                var deps = requirements(module).Select(r => r.Dependency.Id).ToList();
                if (deps.All(placed.Contains))
                {
                    order.Add(module);
                    placed.Add(module.Id);
                    remaining.Remove(module);
                    progressed = true;
                }
                else if (deps.Any(d => byId.TryGetValue(d, out var dep) && dep.Status == ModuleStatus.Failed))
                {
                    var failed = deps.First(d => byId[d].Status == ModuleStatus.Failed);
                    module.Fail(DependencyFailedDiagnostic(module, failed, requirements));
                    remaining.Remove(module);
                    progressed = true;
                }
            }
        }
        while (progressed && remaining.Count > 0);

        return order;
    }

    /// <summary>The diagnostic for a module whose requirement failed to load.</summary>
    public static Diagnostic DependencyFailedDiagnostic(
        LoadedModule module,
        string failedId,
        Func<LoadedModule, IReadOnlyList<(ModuleDependency Dependency, SourceLocation? Location)>> requirements)
    {
        var location = requirements(module).FirstOrDefault(r => r.Dependency.Id == failedId).Location;
        return Diagnostic.Error(
            DiagnosticCodes.DependencyFailed,
            $"Module '{module.Id}' requires '{failedId}', which failed to load.",
            location,
            $"Fix the errors reported for '{failedId}' first ('training modules list' shows them).");
    }

    private static void ReportCycles(
        IReadOnlyList<LoadedModule> modules,
        Dictionary<string, LoadedModule> byId,
        Func<LoadedModule, IReadOnlyList<(ModuleDependency Dependency, SourceLocation? Location)>> requirements)
    {
        // Depth-first search with colours; every module on a found cycle gets the diagnostic.
        var state = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new List<string>();
        var onCycle = new Dictionary<string, List<string>>(StringComparer.Ordinal);

        void Visit(string id)
        {
            state[id] = 1;
            stack.Add(id);
            foreach (var (dependency, _) in requirements(byId[id]))
            {
                if (!byId.ContainsKey(dependency.Id))
                {
                    continue;
                }

                var next = state.GetValueOrDefault(dependency.Id);
                if (next == 0)
                {
                    Visit(dependency.Id);
                }
                else if (next == 1)
                {
                    var cycle = stack.Skip(stack.IndexOf(dependency.Id)).Append(dependency.Id).ToList();
                    foreach (var member in cycle.Distinct())
                    {
                        onCycle.TryAdd(member, cycle);
                    }
                }
            }

            stack.RemoveAt(stack.Count - 1);
            state[id] = 2;
        }

        foreach (var module in modules.OrderBy(m => m.Id, StringComparer.Ordinal))
        {
            if (state.GetValueOrDefault(module.Id) == 0)
            {
                Visit(module.Id);
            }
        }

        foreach (var (id, cycle) in onCycle)
        {
            var module = byId[id];
            var next = cycle[cycle.IndexOf(id) + 1];
            var location = requirements(module).FirstOrDefault(r => r.Dependency.Id == next).Location;
            module.Fail(Diagnostic.Error(
                DiagnosticCodes.DependencyCycle,
                $"Modules require each other in a cycle: {string.Join(" -> ", cycle)}.",
                location,
                "Remove one of these requirements; shared content belongs in a module that requires neither."));
        }
    }
}
