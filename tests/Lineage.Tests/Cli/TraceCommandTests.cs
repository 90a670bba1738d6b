using System.Text.Json;
using Lineage.Cli;

namespace Lineage.Tests.Cli;

/// <summary><c>lineage trace</c> claims a source or a copy only on evidence: a substantial share of text, not one shared passage.</summary>
public class TraceCommandTests : IDisposable
{
    private const string CookieNotice =
        "We use cookies and similar technologies to improve your experience on our website, to analyse our traffic and to show you " +
        "personalised content and advertising. By clicking accept you agree to the use of cookies as described in our cookie policy.";

    private readonly TempFolder folder = new();

    private string Store => Path.Combine(folder.Path, "lineage.db");

    public void Dispose()
    {
        folder.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>
    /// An article of seeded random made-up words (three syllables each): no two share a run of
    /// words by chance, nor the rarer words a rewording keeps, nor words spelt alike.
    /// </summary>
    private static string Article(int seed, int words)
    {
        const string Consonants = "bdfgklmnprstvz";
        const string Vowels = "aeiou";
        var random = new Random(seed);
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < words; i++)
        {
            for (var s = 0; s < 3; s++) text.Append(Consonants[random.Next(Consonants.Length)]).Append(Vowels[random.Next(Vowels.Length)]);
            text.Append(i % 15 == 14 ? ". " : " ");
        }
        return text.ToString().Trim();
    }

    private static string Line(string id, string site, string text) => JsonSerializer.Serialize(new { id, site, text });

    [Fact]
    public void A_cookie_notice_two_sites_carry_is_a_shared_passage_not_a_copy()
    {
        var stored = folder.Write("stored.jsonl", string.Join('\n',
            Line("a", "a.example", Article(1, 250) + "\n\n" + CookieNotice),
            Line("b", "b.example", Article(2, 250) + "\n\n" + CookieNotice)) + "\n");
        var traced = folder.Write("new.jsonl", Line("c", "c.example", Article(3, 250) + "\n\n" + CookieNotice) + "\n");
        Assert.Equal(ExitCodes.Ok, CliRun.Of("index", "add", stored, "--store", Store, "-q").ExitCode);
        var json = Path.Combine(folder.Path, "trace.json");

        var text = CliRun.Of("trace", traced, "--store", Store);
        Assert.Equal(ExitCodes.Ok, CliRun.Of("trace", traced, "--store", Store, "--json", json).ExitCode);

        using var document = JsonDocument.Parse(File.ReadAllText(json));
        var trace = Assert.Single(document.RootElement.GetProperty("traced").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, trace.GetProperty("source").ValueKind);
        // Three sites carry the notice, so it is learned as furniture and dropped; were it kept,
        // it would be a shared passage, never a copy or a source.
        var matches = trace.GetProperty("matches").EnumerateArray().ToList();
        Assert.All(matches, m => Assert.Equal("passage", m.GetProperty("role").GetString()));
        Assert.DoesNotContain("likely source", text.Output);
        Assert.DoesNotContain("\tcopy (", text.Output);
        Assert.DoesNotContain("\tsource (", text.Output);
    }

    [Fact]
    public void A_quotation_shared_with_a_stored_article_makes_it_no_likely_source()
    {
        foreach (var prefix in new[] { "000", "002", "004" })
            Assert.Equal(ExitCodes.Ok, CliRun.Of("index", "add", SampleCorpus.PathOf(prefix), "--store", Store, "-q").ExitCode);

        var run = CliRun.Of("trace", SampleCorpus.PathOf("003"), "--store", Store, "--top", "1");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("000_c165fded52a75aca", run.Output);
        Assert.DoesNotContain("likely source", run.Output);
        Assert.Contains("too little to tell a copy", run.Output);
    }

    [Fact]
    public void A_copy_still_names_its_likely_source()
    {
        foreach (var prefix in new[] { "000", "002", "003", "004" })
            Assert.Equal(ExitCodes.Ok, CliRun.Of("index", "add", SampleCorpus.PathOf(prefix), "--store", Store, "-q").ExitCode);

        var run = CliRun.Of("trace", SampleCorpus.PathOf("001"), "--store", Store, "--top", "1");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("likely source: 000_c165fded52a75aca, 100 % of 001_4ebc558d1441065c is its text", run.Output);
    }

    [Fact]
    public void Shows_the_derivation_of_a_reworded_source_and_finds_it_no_more_with_verbatim_only()
    {
        var agency = folder.Write("agency.txt", Lineage.Tests.Alignment.RewriteFinderTests.Agency);
        var paper = folder.Write("paper.txt", Lineage.Tests.Indexing.TracerRewriteTests.Reworded);
        Assert.Equal(ExitCodes.Ok, CliRun.Of("index", "add", agency, "--store", Store, "-q").ExitCode);

        var run = CliRun.Of("trace", paper, "--store", Store);
        var verbatim = CliRun.Of("trace", paper, "--store", Store, "--verbatim-only");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("derivation", run.Output);
        Assert.Matches(@"agency\t\d+\t\d+ %\t\d+ %\trewrite \d+ %\t", run.Output);
        Assert.Contains("likely source: agency, ", run.Output);
        Assert.Contains("is its text, reworded", run.Output);
        Assert.Equal(ExitCodes.Ok, verbatim.ExitCode);
        Assert.Contains("shares text with 0 of 1 stored document", verbatim.Output);
        Assert.DoesNotContain("rewrite", verbatim.Output);
    }
}
