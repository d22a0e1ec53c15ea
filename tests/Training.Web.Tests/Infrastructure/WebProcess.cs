using System.Diagnostics;
using System.Text;

namespace Training.Web.Tests.Infrastructure;

/// <summary>The real <c>Training.Web</c> process on a free loopback port, over a given data folder.</summary>
public sealed class WebProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _log = new();

    private WebProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    public static Task<WebProcess> Start(string dataDirectory) => Start(dataDirectory, "Development");

    /// <summary>Starts the host in an environment, with extra command-line settings (<c>--Key=value</c>).</summary>
    public static async Task<WebProcess> Start(string dataDirectory, string environment, params string[] settings)
    {
        var address = new Uri($"http://127.0.0.1:{BuiltHosts.FreePort()}");
        // From the project folder, as `dotnet run` does, so wwwroot is the content root's; Development
        // because the browser speaks plain HTTP here (production cookies are Secure: docs/web.md).
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = BuiltHosts.WebProject,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { BuiltHosts.WebDll, "--urls", address.ToString().TrimEnd('/'), "--environment", environment }.Concat(settings))
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["TRAINING_DATA"] = dataDirectory;
        start.Environment["DOTNET_NOLOGO"] = "1";
        var process = Process.Start(start)!;
        var web = new WebProcess(process, address);
        process.OutputDataReceived += (_, e) => web.Append(e.Data);
        process.ErrorDataReceived += (_, e) => web.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new AssertionException($"Training.Web exited with {process.ExitCode}:\n{web.Log}");
            }

            try
            {
                using var response = await http.GetAsync("/account/sign-in");
                if (response.IsSuccessStatusCode)
                {
                    return web;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        await web.DisposeAsync();
        throw new AssertionException("Training.Web did not answer within 60 seconds:\n" + web.Log);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_log)
            {
                _log.AppendLine(line);
            }
        }
    }
}
