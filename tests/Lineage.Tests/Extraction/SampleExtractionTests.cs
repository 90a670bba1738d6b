using Lineage.Extraction;
using Lineage.Reading;

namespace Lineage.Tests.Extraction;

/// <summary>Golden tests: article, boilerplate and metadata of the seed articles.</summary>
public class SampleExtractionTests
{
    private static ExtractedDocument Extract(string prefix)
    {
        var path = SampleCorpus.PathOf(prefix);
        var document = DocumentReader.Create(path, prefix, File.ReadAllText(path), DocumentFormat.Text)!;
        return ArticleExtractor.Extract(document);
    }

    private static bool IsBoilerplate(ExtractedDocument extracted, string phrase)
    {
        var text = extracted.Document.Text;
        var at = text.IndexOf(phrase, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{phrase}' not in {extracted.Document.Id}");
        return Lineage.Text.SpanSet.Covers(extracted.Boilerplate, new Lineage.Text.TextSpan(at, phrase.Length));
    }

    [Fact]
    public void Reads_the_metadata_of_000()
    {
        var metadata = Extract("000").Metadata;
        Assert.Equal("Global Research", metadata.Site);
        Assert.Equal(["South Front"], metadata.Authors);
        Assert.Equal("2016-09-20", metadata.Published);
        Assert.Equal("South Front", metadata.OriginalSource);
        Assert.Equal("Syria: The Islamic State Terrorists (ISIS-ISIL-Daesh) are Supported by the US Air Force", metadata.Title);
        Assert.Equal("en", metadata.Language);
    }

    [Fact]
    public void Reads_the_metadata_of_002()
    {
        var metadata = Extract("002").Metadata;
        Assert.Equal("Mondialisation.ca", metadata.Site);
        Assert.Equal("2016-09-18", metadata.Published);
        Assert.Equal("Al-Alama", metadata.OriginalSource);
        Assert.Equal("Leaked: Source Reveals Coordination between US, ISIS in Attacking Syrian Army", metadata.Title);
        Assert.Equal("en", metadata.Language);
    }

    [Fact]
    public void Reads_the_metadata_of_003_and_004()
    {
        Assert.Equal("US Syrian Policy Continues to Support ISIS", Extract("003").Metadata.Title);
        var metadata = Extract("004").Metadata;
        Assert.Equal("Global Research", metadata.Site);
        Assert.Equal("2016-09-21", metadata.Published);
        Assert.Equal("South Front", metadata.OriginalSource);
        Assert.Equal("Collapse of Syrian Truce: US Air Strikes in Support of the Islamic State (ISIS-ISIL-Daesh) Terror Group", metadata.Title);
    }

    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    [InlineData("003")]
    [InlineData("004")]
    public void Finds_every_seed_written_in_english(string prefix)
    {
        Assert.Equal("en", Extract(prefix).Metadata.Language);
    }

    [Theory]
    [InlineData("000", "Disclaimer: The contents of this article are of sole responsibility of the author(s).")]
    [InlineData("000", "Become a Member of Global Research")]
    [InlineData("000", "Copyright © [South Front](#), [South Front](#), 2016")]
    [InlineData("004", "The Centre for Research on Globalization will not be responsible for any inaccurate or incorrect statement in this article.")]
    [InlineData("004", "Become a Member of Global Research")]
    [InlineData("004", "Copyright © <u>South Front</u>")]
    [InlineData("002", "Avis de non-responsabilité : Les opinions exprimées dans cet article n'engagent que le ou les auteurs.")]
    [InlineData("002", "Contact média: media@globalresearch.ca")]
    [InlineData("003", "Advertisement")]
    public void Marks_site_furniture_as_boilerplate(string prefix, string phrase)
    {
        Assert.True(IsBoilerplate(Extract(prefix), phrase));
    }

    [Theory]
    [InlineData("000", "The Pentagon denied that the air strikes were aimed on the Syrian army.")]
    [InlineData("001", "The Pentagon denied that the air strikes were aimed on the Syrian army.")]
    [InlineData("002", "The ISIS launched attacks on the Syrian army positions in Deir Ezzor")]
    [InlineData("003", "were on the edge between gross negligence and direct assistance to Islamic State terrorists")]
    [InlineData("004", "Last weekend, the US-led international coalition against ISIS used its air power")]
    public void Keeps_the_article_body(string prefix, string phrase)
    {
        var extracted = Extract(prefix);
        Assert.False(IsBoilerplate(extracted, phrase));
        Assert.Contains(phrase, extracted.ArticleText.ReplaceLineEndings(" "));
    }
}
