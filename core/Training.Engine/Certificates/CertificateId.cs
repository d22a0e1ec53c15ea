namespace Training.Engine.Certificates;

/// <summary>Certificate ids: <c>urn:uuid:</c> URNs of random UUIDs, with a short form for display.</summary>
public static class CertificateId
{
    /// <summary>The URN prefix of every certificate id.</summary>
    public const string Prefix = "urn:uuid:";

    /// <summary>The length of <see cref="Short"/>'s result.</summary>
    public const int ShortLength = 8;

    /// <summary>Makes a new id.</summary>
    /// <returns>A <c>urn:uuid:</c> id of a random (version 4) UUID.</returns>
    public static string New() => Prefix + Guid.NewGuid().ToString("D");

    /// <summary>
    /// The first <see cref="ShortLength"/> hex digits of the UUID, for listings; the CLI can accept
    /// it back as an unambiguous prefix.
    /// </summary>
    /// <param name="id">A certificate id.</param>
    /// <returns>The short form, or <paramref name="id"/> unchanged when it is not a <c>urn:uuid:</c> id.</returns>
    public static string Short(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return TryNormalize(id, out var normalized) ? normalized.Substring(Prefix.Length, ShortLength) : id;
    }

    /// <summary>Reads a full id given as <c>urn:uuid:…</c> or as a bare UUID, in any case.</summary>
    /// <param name="text">What the user typed.</param>
    /// <param name="id">The id in canonical form (<c>urn:uuid:</c> and lower-case hex).</param>
    /// <returns>True when <paramref name="text"/> is a full id.</returns>
    public static bool TryNormalize(string text, out string id)
    {
        ArgumentNullException.ThrowIfNull(text);
        var value = text.Trim();
        if (value.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            value = value[Prefix.Length..];
        }

        if (value.Length == 36 && Guid.TryParseExact(value, "D", out var guid))
        {
            id = Prefix + guid.ToString("D");
            return true;
        }

        id = string.Empty;
        return false;
    }
}
