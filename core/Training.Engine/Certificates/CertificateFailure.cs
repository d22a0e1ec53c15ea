namespace Training.Engine.Certificates;

/// <summary>Why a certificate did not verify; <see cref="None"/> when it did.</summary>
public enum CertificateFailure
{
    /// <summary>The certificate is valid.</summary>
    None,

    /// <summary>Not a compact JWS: wrong shape, not base64url, or not JSON.</summary>
    Malformed,

    /// <summary>Signed with an algorithm other than ES256, or with headers this issuer never writes.</summary>
    UnsupportedAlgorithm,

    /// <summary>The header names a key other than the issuer key given.</summary>
    WrongKey,

    /// <summary>The signature does not match the content: a byte changed, or another key signed it.</summary>
    BadSignature,

    /// <summary>Correctly signed, but not an Open Badges 3.0 credential.</summary>
    NotOpenBadge,

    /// <summary>The JWT claims disagree with the credential they carry.</summary>
    Inconsistent,

    /// <summary>The credential's validity has not started yet.</summary>
    NotYetValid,

    /// <summary>The credential has expired.</summary>
    Expired,
}
