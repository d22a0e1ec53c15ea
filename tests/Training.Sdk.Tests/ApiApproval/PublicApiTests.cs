using PublicApiGenerator;
using Training.Sdk.Modules;
using Training.TestSupport;

namespace Training.Sdk.Tests.ApiApproval;

/// <summary>
/// Module authors compile against the SDK: any change to its public surface must be deliberate.
/// When this fails, review Training.Sdk.received.txt; if the change is intended (and versioned),
/// copy it over Training.Sdk.approved.txt.
/// </summary>
public sealed class PublicApiTests
{
    [Test]
    public void Sdk_public_surface_is_approved()
    {
        var api = typeof(ITrainingModule).Assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute", "System.Reflection.AssemblyMetadataAttribute"],
        });
        var folder = Path.Combine(RepositoryPaths.Root, "tests", "Training.Sdk.Tests", "ApiApproval");
        var approvedPath = Path.Combine(folder, "Training.Sdk.approved.txt");
        var receivedPath = Path.Combine(folder, "Training.Sdk.received.txt");
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : string.Empty;

        if (api.ReplaceLineEndings("\n") != approved)
        {
            File.WriteAllText(receivedPath, api);
            Assert.Fail($"The SDK's public API changed. Compare {receivedPath} with {approvedPath}; if the change is intended, copy the received file over the approved one.");
        }

        File.Delete(receivedPath);
    }
}
