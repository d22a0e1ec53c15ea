using Training.Engine.Quizzes.Gift;
using Training.Sdk.Content;

namespace Training.Engine.Tests.Quizzes;

/// <summary>A small French quiz with one question of each built-in type.</summary>
internal static class QuizTestData
{
    public const string Gift = """
        ::Intro::Ce quiz porte sur la géographie.

        ::Capitale::Quelle est la capitale de la France ?{=Paris#Bravo ~Lyon#Non, c'est Paris. ~Marseille ####Paris est la capitale depuis longtemps.}

        ::Continents::Lesquels sont des continents ?{~%50%Afrique#Oui ~%50%Asie#Oui ~%-100%Chine#Non, un pays}

        ::Plate::La Terre est plate.{F#Non, elle est ronde.#Exact.}

        ::Saison::Quelle saison suit le printemps ?{=été#Oui =%50%ete#Attention aux accents =%0%*#Non}

        ::Pi::Donnez pi à 0,01 près.{#=3.14:0.01#Bien =%50%3:0.5#Approximatif ~#Non}

        ::Pays::Associez chaque pays à sa capitale.{=France -> Paris =Italie -> Rome =Espagne -> Madrid = -> Berlin}

        ::Essai::Décrivez votre région.{}
        """;

    public static Quiz Quiz(QuizSettings? settings = null) => new()
    {
        Id = "geo",
        Questions = GiftParser.Parse(Gift, "geo.gift").Questions,
        Settings = settings ?? QuizSettings.Default,
    };
}
