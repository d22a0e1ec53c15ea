namespace Training.Web.Tests.Coordination;

/// <summary>Disposes <see cref="StaffScenario.Shared"/> and <see cref="StaffScenario.Writable"/> after every fixture of this namespace ran.</summary>
[SetUpFixture]
public sealed class SharedStaffScenario
{
    [OneTimeTearDown]
    public void DisposeShared() => StaffScenario.DisposeShared();
}
