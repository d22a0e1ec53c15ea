using System.Text;

namespace Training.Engine.Quizzes.Grading;

/// <summary>Normalizes typed text before it is compared.</summary>
internal static class TextNormalization
{
    /// <summary>
    /// Composes characters (NFC) so "é" typed as e + accent equals the precomposed "é", as Moodle
    /// does; returns the same instance when nothing changes (always for ASCII).
    /// </summary>
    public static string Compose(string text) => text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
}
