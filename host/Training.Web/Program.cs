using Training.Web.Hosting;

var app = TrainingWebApplication.Build(args);
app.Run();

/// <summary>The web host's entry point (public so integration tests can start it with WebApplicationFactory).</summary>
public partial class Program;
