using Training.Web.Hosting;

WebApplication app;
try
{
    app = TrainingWebApplication.Build(args);
}
catch (WebConfigurationException e)
{
    // A wrong setting is the operator's to fix: say which and how, without a stack trace.
    await Console.Error.WriteLineAsync("Training.Web cannot start: " + e.Message);
    return 2;
}

await app.RunAsync();
return 0;

/// <summary>The web host's entry point (public so integration tests can start it with WebApplicationFactory).</summary>
public partial class Program;
