using Lineage.Evaluation;

namespace Lineage.Tests.Evaluation;

public class ClusterEvaluationTests
{
    private static ClusterTable Table(string name, string text) => ClusterTable.Parse(name, new StringReader(text));

    [Fact]
    public void Joins_rows_on_id_whatever_their_order()
    {
        var gold = Table("gold.csv", "id,story\na,1\nb,1\nc,2\nd,2\n");
        var result = Table("result.csv", "story,id\n9,d\n5,a\n9,c\n5,b\n");
        var evaluation = ClusterEvaluation.Evaluate(gold, result, "story");
        Assert.Equal(1, evaluation.Score.AdjustedRandIndex, 12);
        Assert.Equal((0, 0), (evaluation.IgnoredResultDocuments, evaluation.MissingResultDocuments));
    }

    [Fact]
    public void Ignores_result_documents_the_gold_lacks_and_counts_them()
    {
        var gold = Table("gold.csv", "id,story\na,1\nb,1\n");
        var result = Table("result.csv", "id,story\na,1\nb,1\nx,1\ny,1\n");
        var evaluation = ClusterEvaluation.Evaluate(gold, result, "story");
        Assert.Equal(2, evaluation.Score.Documents);
        Assert.Equal(2, evaluation.IgnoredResultDocuments);
        Assert.Equal(1, evaluation.Score.BCubedPrecision, 12);
    }

    [Fact]
    public void Puts_gold_documents_missing_from_the_result_alone()
    {
        var gold = Table("gold.csv", "id,story\na,1\nb,1\nc,1\n");
        var result = Table("result.csv", "id,story\na,1\nb,1\n");
        var evaluation = ClusterEvaluation.Evaluate(gold, result, "story");
        Assert.Equal(1, evaluation.MissingResultDocuments);
        Assert.Equal(2, evaluation.Score.ResultClusters);
        // c is alone: recall 1/3 for c, 2/3 for a and b.
        Assert.Equal(5.0 / 9, evaluation.Score.BCubedRecall, 12);
    }

    [Fact]
    public void Puts_a_document_with_an_empty_label_alone()
    {
        var gold = Table("gold.csv", "id,story\na,1\nb,1\n");
        var result = Table("result.csv", "id,story\na,\nb,\n");
        Assert.Equal(2, ClusterEvaluation.Evaluate(gold, result, "story").Score.ResultClusters);
    }

    [Fact]
    public void Names_the_file_without_the_column()
    {
        var gold = Table("gold.csv", "id,story\na,1\n");
        var result = Table("result.csv", "id,duplicateGroup\na,1\n");
        var e = Assert.Throws<ClusterTableException>(() => ClusterEvaluation.Evaluate(gold, result, "story"));
        Assert.StartsWith("result.csv: no 'story' column", e.Message);
    }

    [Fact]
    public void Shares_only_the_columns_both_tables_have()
    {
        var gold = Table("gold.csv", "id,story,duplicateGroup\na,1,1\n");
        var result = Table("result.csv", "id,path,duplicateGroup\na,x,1\n");
        Assert.Equal(["duplicateGroup"], ClusterEvaluation.SharedFields(gold, result, ["story", "duplicateGroup"]));
    }
}
