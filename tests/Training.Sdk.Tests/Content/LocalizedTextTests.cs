using Training.Sdk.Content;

namespace Training.Sdk.Tests.Content;

public sealed class LocalizedTextTests
{
    [Test]
    public void Returns_the_requested_language_when_present()
    {
        var text = LocalizedText.Of("Bonjour", "Hello");

        Assert.That(text.Get("en"), Is.EqualTo("Hello"));
        Assert.That(text.Get("fr"), Is.EqualTo("Bonjour"));
    }

    [Test]
    public void Falls_back_to_french_then_english_then_any()
    {
        Assert.That(LocalizedText.Of("Bonjour").Get("en"), Is.EqualTo("Bonjour"));
        Assert.That(new LocalizedText([new("en", "Hello")]).Get("fr"), Is.EqualTo("Hello"));
        Assert.That(new LocalizedText([new("de", "Hallo")]).Get("fr"), Is.EqualTo("Hallo"));
        Assert.That(LocalizedText.Empty.Get("fr"), Is.Empty);
    }

    [Test]
    public void Ignores_empty_values_and_language_case()
    {
        var text = new LocalizedText([new("FR", "Bonjour"), new("en", string.Empty)]);

        Assert.That(text.Has("fr"), Is.True);
        Assert.That(text.Has("en"), Is.False);
        Assert.That(text.Get("en"), Is.EqualTo("Bonjour"));
    }

    [Test]
    public void Equality_is_by_value()
    {
        var first = LocalizedText.Of("a", "b");
        var second = new LocalizedText([new("en", "b"), new("fr", "a")]);

        Assert.That(first, Is.EqualTo(second));
        Assert.That(first.GetHashCode(), Is.EqualTo(second.GetHashCode()));
        Assert.That(LocalizedText.Of("a", "b"), Is.Not.EqualTo(LocalizedText.Of("a", "c")));
    }
}
