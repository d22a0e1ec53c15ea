using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using IPNetwork = System.Net.IPNetwork;

namespace Training.Web.Hosting;

/// <summary>
/// Running behind a reverse proxy that terminates TLS (<c>Training:Proxy</c>): when enabled, the
/// client address and scheme come from the proxy's <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c>,
/// so the per-address sign-in limit counts each client rather than the proxy, and a request the proxy
/// received over HTTPS gets Secure cookies. Only the listed proxies are believed (loopback when none
/// is listed): anyone else could write those headers.
/// </summary>
internal static class ReverseProxy
{
    public const string Section = "Training:Proxy";

    public static void AddReverseProxy(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        if (!section.GetValue("Enabled", false))
        {
            return;
        }

        var proxies = section.GetSection("KnownProxies").GetChildren().ToList();
        var known = proxies.Select(Parse).ToList();
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            if (known.Count > 0)
            {
                // Listed proxies replace the loopback defaults.
                options.KnownProxies.Clear();
                options.KnownIPNetworks.Clear();
                foreach (var network in known)
                {
                    options.KnownIPNetworks.Add(network);
                }
            }
        });
    }

    /// <summary>First in the pipeline, so everything after it sees the client's address and scheme.</summary>
    public static void UseReverseProxy(this WebApplication app)
    {
        if (app.Configuration.GetSection(Section).GetValue("Enabled", false))
        {
            app.UseForwardedHeaders();
        }
    }

    /// <summary>What the startup log says about proxies: null when no proxy is configured.</summary>
    public static string? Describe(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        if (!section.GetValue("Enabled", false))
        {
            return null;
        }

        var proxies = section.GetSection("KnownProxies").GetChildren().Select(p => p.Value).ToList();
        return proxies.Count == 0 ? "loopback (127.0.0.0/8, ::1)" : string.Join(", ", proxies);
    }

    private static IPNetwork Parse(IConfigurationSection entry)
    {
        var text = entry.Value?.Trim() ?? string.Empty;
        if (IPAddress.TryParse(text, out var address))
        {
            return new IPNetwork(address, address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? 32 : 128);
        }

        if (IPNetwork.TryParse(text, out var network))
        {
            return network;
        }

        throw new WebConfigurationException(
            $"{entry.Path.Replace(':', '.')} = '{text}' is neither an IP address nor a network. " +
            "Give the reverse proxy's address as it connects to this host, e.g. 10.0.0.5 or 10.0.0.0/24.");
    }
}
