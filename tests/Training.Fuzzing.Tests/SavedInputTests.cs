using Training.Fuzzing.Targets;

namespace Training.Fuzzing.Tests;

/// <summary>
/// Every input in <c>Inputs/&lt;target&gt;/</c> runs through its target without an exception. A crash the
/// fuzzer finds is fixed in the engine and its saved input copied here, so it stays fixed; the folder
/// also holds hostile shapes worth keeping (deep nesting, alias expansion, sealed zip-slip and links).
/// </summary>
public sealed class SavedInputTests
{
    public static IEnumerable<TestCaseData> Inputs() =>
        Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Inputs"), "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => new TestCaseData(Path.GetFileName(Path.GetDirectoryName(path)!), path)
                .SetArgDisplayNames(Path.GetFileName(Path.GetDirectoryName(path)!) + "/" + Path.GetFileName(path)));

    [TestCaseSource(nameof(Inputs))]
    public void A_saved_input_runs_clean(string target, string path)
    {
        using var fuzzTarget = new DisposableTarget(FuzzTargets.Create(target));

        Assert.That(() => fuzzTarget.Target.Execute(File.ReadAllBytes(path)), Throws.Nothing);
    }

    [Test]
    public void A_sealed_valid_package_goes_through_the_real_installer_and_a_hostile_one_does_not()
    {
        using var target = new PackageTarget();
        var inputs = Path.Combine(AppContext.BaseDirectory, "Inputs", "package");

        target.Execute(File.ReadAllBytes(Path.Combine(inputs, "sealed-valid.zip")));
        target.Execute(File.ReadAllBytes(Path.Combine(inputs, "sealed-dot-dot.zip")));
        target.Execute(File.ReadAllBytes(Path.Combine(inputs, "sealed-symlink.zip")));

        Assert.That(target.Installs, Is.EqualTo(1));
    }

    [Test]
    public void Every_engine_target_has_saved_inputs()
    {
        foreach (var target in FuzzTargets.EngineTargets)
        {
            Assert.That(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Inputs", target)), Is.Not.Empty, target);
        }
    }
}
