using System.Text;
using Lineage.Pan;
using Lineage.Reading;
using Lineage.Text;

namespace Lineage.Tests.Pan;

public class PanXmlTests
{
    private static PanXmlFile Parse(string xml, List<ReadProblem>? warnings = null) =>
        PanXml.Read(new MemoryStream(Encoding.UTF8.GetBytes(xml)), "test.xml", warnings);

    [Fact]
    public void Detections_round_trip_through_write_and_read()
    {
        PanAnnotation[] detections =
        [
            new("suspicious-document00001.txt", new TextSpan(12, 340), "source-document00007.txt", new TextSpan(0, 338)),
            new("suspicious-document00001.txt", new TextSpan(4000, 95), "source-document00007.txt", new TextSpan(9120, 101)),
        ];
        using var stream = new MemoryStream();
        PanXml.Write(stream, "suspicious-document00001.txt", detections);
        stream.Position = 0;
        var file = PanXml.Read(stream, "x.xml");
        Assert.Equal("suspicious-document00001.txt", file.Reference);
        Assert.Equal(detections, file.Annotations);
    }

    [Fact]
    public void Writes_the_PAN_detection_format()
    {
        using var stream = new MemoryStream();
        PanXml.Write(stream, "suspicious-document00001.txt", [new("suspicious-document00001.txt", new TextSpan(5, 10), "source-document00001.txt", new TextSpan(7, 11))]);
        var xml = Encoding.UTF8.GetString(stream.ToArray());
        Assert.Contains("<document reference=\"suspicious-document00001.txt\">", xml);
        Assert.Contains("<feature name=\"detected-plagiarism\" this_offset=\"5\" this_length=\"10\" source_reference=\"source-document00001.txt\" source_offset=\"7\" source_length=\"11\" />", xml);
        Assert.False(stream.ToArray().AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }), "no byte-order mark");
    }

    [Fact]
    public void Gold_cases_keep_obfuscation_and_type_through_a_round_trip()
    {
        PanAnnotation gold = new("s.txt", new TextSpan(1, 2), "r.txt", new TextSpan(3, 4)) { Obfuscation = "random", Type = "artificial" };
        using var stream = new MemoryStream();
        PanXml.Write(stream, "s.txt", [gold], PanXml.CaseFeature);
        stream.Position = 0;
        Assert.Equal(gold, Assert.Single(PanXml.Read(stream, "x.xml").Annotations));
    }

    [Fact]
    public void Reads_gold_with_obfuscation_type_and_intrinsic_cases_and_skips_other_features()
    {
        var file = Parse("""
            <?xml version="1.0" encoding="UTF-8"?>
            <document reference="suspicious-document00002.txt">
            	<feature name="about" authors="x" lang="id"/>
            	<feature name="plagiarism" type="artificial" obfuscation="none" this_offset="2791" this_length="236" source_reference="source-document00004.txt" source_offset="1245" source_length="236"/>
            	<feature name="plagiarism" type="simulated" this_offset="10" this_length="20" source_reference="source-document00001.txt" source_offset="30" source_length="40"/>
            	<feature name="artificial-plagiarism" this_offset="500" this_length="60"/>
            </document>
            """);
        Assert.Equal("suspicious-document00002.txt", file.Reference);
        Assert.Equal(3, file.Annotations.Count);
        var first = file.Annotations[0];
        Assert.Equal(new TextSpan(2791, 236), first.SuspiciousSpan);
        Assert.Equal("source-document00004.txt", first.Source);
        Assert.Equal(new TextSpan(1245, 236), first.SourceSpan);
        Assert.Equal("none", first.Category);
        Assert.Equal("simulated", file.Annotations[1].Category);
        Assert.False(file.Annotations[2].IsExternal);
    }

    [Fact]
    public void Reads_a_misspelled_feature_element_as_PAN_scorer_does_and_warns()
    {
        var warnings = new List<ReadProblem>();
        var file = Parse("""
            <document reference="s.txt">
            <featue name="plagiarism" this_offset="1" this_length="2" source_reference="r.txt" source_offset="3" source_length="4"/>
            </document>
            """, warnings);
        Assert.Single(file.Annotations);
        var warning = Assert.Single(warnings);
        Assert.False(warning.Skipped);
        Assert.Contains("<featue>", warning.Message);
    }

    [Theory]
    [InlineData("<document reference=\"s.txt\"><feature name=\"plagiarism\"", "not well-formed")]
    [InlineData("<doc reference=\"s.txt\"/>", "not <document>")]
    [InlineData("<document/>", "no reference")]
    [InlineData("<document reference=\"s.txt\"><feature name=\"plagiarism\" this_offset=\"-3\" this_length=\"2\"/></document>", "this_offset=\"-3\"")]
    [InlineData("<document reference=\"s.txt\"><feature name=\"plagiarism\" this_length=\"2\"/></document>", "no this_offset")]
    [InlineData("<document reference=\"s.txt\"><feature name=\"plagiarism\" this_offset=\"1\" this_length=\"2\" source_reference=\"r.txt\"/></document>", "source_offset")]
    public void Says_what_is_wrong_with_a_file_that_is_not_PAN_XML(string xml, string expected)
    {
        var error = Assert.Throws<InvalidDataException>(() => Parse(xml));
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void A_folder_is_read_recursively_and_a_bad_file_becomes_a_problem()
    {
        using var folder = new TempFolder();
        folder.Write("a.xml", "<document reference=\"a.txt\"/>");
        folder.Write("sub/b.xml", "<document reference=\"b.txt\"><feature name=\"plagiarism\" this_offset=\"1\" this_length=\"2\"/></document>");
        folder.Write("bad.xml", "<document");
        folder.Write("notes.txt", "not xml");
        var problems = new List<ReadProblem>();
        var files = PanXmlFolder.Read(folder.Path, problems);
        Assert.Equal(["a.xml", "sub/b.xml"], files.Select(f => f.Name));
        var problem = Assert.Single(problems);
        Assert.EndsWith("bad.xml", problem.Path);
        Assert.True(problem.Skipped);
    }
}
