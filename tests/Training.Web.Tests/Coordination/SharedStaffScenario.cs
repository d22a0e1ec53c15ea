namespace Training.Web.Tests.Coordination;

/// <summary>Disposes <see cref="StaffScenario.Shared"/> after every fixture of this namespace ran.</summary>
[SetUpFixture]
public sealed class SharedStaffScenario
{
    [OneTimeTearDown]
    public void DisposeShared()
    {
        if (StaffScenario.SharedCreated)
        {
            StaffScenario.Shared.Dispose();
        }
    }
}
