namespace Training.Web.Hosting;

/// <summary>A setting the host cannot start with; the message names the setting and how to fix it.</summary>
internal sealed class WebConfigurationException(string message) : Exception(message);
