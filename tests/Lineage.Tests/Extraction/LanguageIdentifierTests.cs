using Lineage.Extraction;
using Lineage.Text;

namespace Lineage.Tests.Extraction;

public class LanguageIdentifierTests
{
    [Theory]
    [InlineData("en", "The ministry said that the strikes were carried out on Saturday and that the army had been fighting there for months.")]
    [InlineData("fr", "Le ministère a déclaré que les frappes avaient eu lieu samedi et que l'armée se battait là depuis des mois.")]
    [InlineData("de", "Das Ministerium sagte, dass die Angriffe am Samstag stattfanden und dass die Armee dort seit Monaten kämpfte.")]
    [InlineData("es", "El ministerio dijo que los ataques se llevaron a cabo el sábado y que el ejército había estado luchando allí durante meses.")]
    [InlineData("ru", "Министерство заявило, что удары были нанесены в субботу и что армия вела там бои в течение нескольких месяцев.")]
    [InlineData("ar", "وقالت الوزارة إن الضربات نفذت يوم السبت وإن الجيش كان يقاتل هناك منذ أشهر وهو ما لم يكن متوقعا من قبل")]
    [InlineData("id", "Kementerian mengatakan bahwa serangan itu dilakukan pada hari Sabtu dan bahwa tentara telah bertempur di sana selama berbulan-bulan.")]
    public void Names_the_language_of_a_news_sentence(string language, string text)
    {
        Assert.Equal(language, LanguageIdentifier.Identify(Tokenizer.Tokenize(text)));
    }

    [Fact]
    public void Says_nothing_about_a_few_words()
    {
        Assert.Null(LanguageIdentifier.Identify(Tokenizer.Tokenize("Deir Ezzor")));
    }
}
