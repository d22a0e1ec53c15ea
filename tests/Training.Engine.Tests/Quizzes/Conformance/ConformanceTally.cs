using System.Collections.Concurrent;

namespace Training.Engine.Tests.Quizzes.Conformance;

/// <summary>Counts passed and failed cases of a corpus and prints "corpus: n/m passed".</summary>
internal sealed class ConformanceTally(string corpus)
{
    private readonly ConcurrentDictionary<string, bool> _results = new();

    public void Run(string name, Action check)
    {
        try
        {
            check();
            _results[name] = true;
        }
        catch (Exception exception) when (exception is not IgnoreException)
        {
            _results[name] = false;
            throw;
        }
    }

    public void Report()
    {
        if (_results.IsEmpty)
        {
            return;
        }

        var passed = _results.Values.Count(ok => ok);
        TestContext.Progress.WriteLine($"{corpus}: {passed}/{_results.Count} passed");
        foreach (var failed in _results.Where(pair => !pair.Value).Select(pair => pair.Key).Order(StringComparer.Ordinal))
        {
            TestContext.Progress.WriteLine($"{corpus}: FAILED {failed}");
        }
    }
}
