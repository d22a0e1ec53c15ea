namespace Training.Engine.Access;

/// <summary>
/// Thrown when a principal asks for something its role or scope does not allow. The message says
/// who, what and why, and never carries anybody else's data (not even whether the thing asked for exists).
/// </summary>
public sealed class AccessDeniedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public AccessDeniedException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">Who, what and why.</param>
    public AccessDeniedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">Who, what and why.</param>
    /// <param name="innerException">The cause.</param>
    public AccessDeniedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a principal.</summary>
    /// <param name="principal">Who asked.</param>
    /// <param name="action">What they asked for, e.g. <c>read the progress of trainee 'bob'</c>.</param>
    /// <param name="reason">Why it is refused.</param>
    public AccessDeniedException(Principal principal, string action, string reason)
        : base($"{principal?.Describe() ?? "an unknown user"} may not {action}: {reason}")
    {
        ArgumentNullException.ThrowIfNull(principal);
        UserName = principal.UserName;
        Role = principal.Role;
    }

    /// <summary>The user refused, when known.</summary>
    public string? UserName { get; }

    /// <summary>Their role, when known.</summary>
    public Role? Role { get; }
}
