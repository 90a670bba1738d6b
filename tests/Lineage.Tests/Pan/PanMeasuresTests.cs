using Lineage.Pan;
using Lineage.Text;

namespace Lineage.Tests.Pan;

public class PanMeasuresTests
{
    private static PanAnnotation A(int offset, int length, int sourceOffset, int sourceLength, string suspicious = "s1.txt", string source = "r1.txt") =>
        new(suspicious, new TextSpan(offset, length), source, new TextSpan(sourceOffset, sourceLength));

    private static PanAnnotation Intrinsic(int offset, int length, string suspicious = "s1.txt") => new(suspicious, new TextSpan(offset, length), null, default);

    public class Hand_computed_examples
    {
        [Fact]
        public void A_perfect_detection_scores_one_on_every_measure()
        {
            PanAnnotation[] cases = [A(100, 200, 0, 200), A(0, 50, 0, 50, "s2.txt", "r2.txt")];
            PanAnnotation[] detections = [A(100, 200, 0, 200), A(0, 50, 0, 50, "s2.txt", "r2.txt")];
            var score = PanMeasures.Score(cases, detections);
            Assert.Equal(1, score.Precision);
            Assert.Equal(1, score.Recall);
            Assert.Equal(1, score.Granularity);
            Assert.Equal(1, score.Plagdet);
            Assert.Equal(2, score.DetectedCases);
            Assert.Equal(2, score.TrueDetections);
        }

        [Fact]
        public void A_case_found_in_two_halves_has_granularity_two_and_full_recall()
        {
            PanAnnotation[] cases = [A(0, 100, 0, 100)];
            PanAnnotation[] detections = [A(0, 50, 0, 50), A(50, 50, 50, 50)];
            var score = PanMeasures.Score(cases, detections);
            Assert.Equal(2, score.Granularity);
            Assert.Equal(1, score.Recall);
            Assert.Equal(1, score.Precision);
            // F1 = 1, discounted by log2(1 + 2).
            Assert.Equal(1 / Math.Log2(3), score.Plagdet, 12);
        }

        [Fact]
        public void A_case_half_detected_on_both_sides_has_recall_one_half()
        {
            PanAnnotation[] cases = [A(0, 100, 1000, 100)];
            PanAnnotation[] detections = [A(50, 50, 1050, 50)];
            var score = PanMeasures.Score(cases, detections);
            Assert.Equal(0.5, score.Recall);
            Assert.Equal(1, score.Precision);
            Assert.Equal(1, score.Granularity);
            Assert.Equal(2 * 0.5 / 1.5, score.Plagdet, 12);
        }

        [Fact]
        public void Recall_counts_the_chars_of_both_sides_together()
        {
            // All 100 suspicious chars but only 100 of 300 source chars: 200 / 400.
            PanAnnotation[] cases = [A(0, 100, 0, 300)];
            PanAnnotation[] detections = [A(0, 100, 0, 100)];
            Assert.Equal(0.5, PanMeasures.MacroRecall(cases, detections));
        }

        [Fact]
        public void A_false_detection_lowers_precision_and_nothing_else()
        {
            PanAnnotation[] cases = [A(0, 100, 0, 100)];
            PanAnnotation[] detections = [A(0, 100, 0, 100), A(500, 80, 700, 80)];
            var score = PanMeasures.Score(cases, detections);
            Assert.Equal(0.5, score.Precision);
            Assert.Equal(1, score.Recall);
            Assert.Equal(1, score.Granularity);
            Assert.Equal(1, score.TrueDetections);
            Assert.Equal(2 * 0.5 / 1.5, score.Plagdet, 12);
        }

        [Fact]
        public void A_detection_twice_the_case_has_precision_one_half()
        {
            PanAnnotation[] cases = [A(0, 100, 0, 100)];
            PanAnnotation[] detections = [A(0, 200, 0, 200)];
            Assert.Equal(0.5, PanMeasures.MacroPrecision(cases, detections));
            Assert.Equal(1, PanMeasures.MacroRecall(cases, detections));
        }

        [Fact]
        public void Recall_is_averaged_over_cases_not_chars()
        {
            // A 10-char case found fully and a 1000-char case missed: (1 + 0) / 2.
            PanAnnotation[] cases = [A(0, 10, 0, 10), A(100, 1000, 100, 1000)];
            PanAnnotation[] detections = [A(0, 10, 0, 10)];
            Assert.Equal(0.5, PanMeasures.MacroRecall(cases, detections));
        }
    }

    public class Overlap
    {
        [Fact]
        public void Needs_both_the_suspicious_and_the_source_ranges_to_overlap()
        {
            var c = A(0, 100, 0, 100);
            Assert.True(PanMeasures.Overlaps(c, A(99, 10, 50, 10)));
            Assert.False(PanMeasures.Overlaps(c, A(100, 10, 50, 10)));
            Assert.False(PanMeasures.Overlaps(c, A(50, 10, 100, 10)));
        }

        [Fact]
        public void Needs_the_same_documents()
        {
            var c = A(0, 100, 0, 100);
            Assert.False(PanMeasures.Overlaps(c, A(0, 100, 0, 100, suspicious: "s2.txt")));
            Assert.False(PanMeasures.Overlaps(c, A(0, 100, 0, 100, source: "r2.txt")));
        }

        [Fact]
        public void Compares_only_the_suspicious_side_when_either_is_intrinsic()
        {
            var c = A(0, 100, 0, 100);
            Assert.True(PanMeasures.Overlaps(c, Intrinsic(0, 100)));
            // As in PAN's reference implementation, an intrinsic detection covers no source chars.
            Assert.Equal(0.5, PanMeasures.CaseRecall(c, [Intrinsic(0, 100)]));
        }
    }

    /// <summary>The expectations of the unit tests shipped with PAN's reference implementation (pan09 measures, v1.x).</summary>
    public class Agrees_with_the_reference_implementation
    {
        private static readonly PanAnnotation Ann1 = A(0, 100, 0, 100, "tref1", "sref1");
        private static readonly PanAnnotation Ann2 = Intrinsic(0, 100, "tref1");
        private static readonly PanAnnotation Ann3 = A(100, 100, 100, 100, "tref1", "sref1");
        private static readonly PanAnnotation Ann4 = A(0, 200, 0, 200, "tref1", "sref1");
        private static readonly PanAnnotation Ann7 = A(0, 100, 0, 100, "tref2", "sref2");
        private static readonly PanAnnotation Ann9 = A(50, 100, 50, 100, "tref2", "sref2");
        private static readonly PanAnnotation Ann10 = A(25, 75, 25, 75, "tref2", "sref2");

        [Fact]
        public void Case_recall()
        {
            Assert.Equal(0, PanMeasures.CaseRecall(Ann1, []));
            Assert.Equal(1, PanMeasures.CaseRecall(Ann1, [Ann1]));
            Assert.Equal(0, PanMeasures.CaseRecall(Ann1, [Ann3]));
            Assert.Equal(1, PanMeasures.CaseRecall(Ann1, [Ann4, Ann7]));
            Assert.Equal(0.5, PanMeasures.CaseRecall(Ann7, [Ann9]));
            Assert.Equal(0.75, PanMeasures.CaseRecall(Ann7, [Ann10]));
            Assert.Equal(0.75, PanMeasures.CaseRecall(Ann7, [Ann9, Ann10]));
        }

        [Fact]
        public void Macro_recall_and_precision()
        {
            Assert.Equal(1, PanMeasures.MacroRecall([], []));
            Assert.Equal(0, PanMeasures.MacroRecall([Ann1], []));
            Assert.Equal(0, PanMeasures.MacroRecall([], [Ann1]));
            Assert.Equal(0.5, PanMeasures.MacroRecall([Ann1, Ann7], [Ann1]));
            Assert.Equal(0, PanMeasures.MacroRecall([Ann1], [Ann7]));
            Assert.Equal(1, PanMeasures.MacroPrecision([Ann1, Ann7], [Ann1]));
            Assert.Equal(0.5, PanMeasures.MacroPrecision([Ann1], [Ann4]));
            Assert.Equal(0.75, PanMeasures.MacroPrecision([Ann7], [Ann9, Ann10]));
            Assert.Equal(0.25, PanMeasures.MacroPrecision([Ann1], [Ann3, Ann4]));
        }

        [Fact]
        public void Granularity()
        {
            Assert.Equal(1, PanMeasures.Granularity([], []));
            Assert.Equal(1, PanMeasures.Granularity([Ann1], [Ann2]));
            Assert.Equal(1, PanMeasures.Granularity([Ann1], [Ann2, Ann3]));
            Assert.Equal(2, PanMeasures.Granularity([Ann1], [Ann2, Ann3, Ann4]));
            Assert.Equal(1.5, PanMeasures.Granularity([Ann1, Ann3], [Ann2, Ann4]));
        }

        [Fact]
        public void Plagdet()
        {
            Assert.Equal(0, PanMeasures.Plagdet(0, -1, 0));
            Assert.Equal(0, PanMeasures.Plagdet(-1, 0, 0));
            Assert.Equal(0, PanMeasures.Plagdet(0, 0, 1));
            Assert.Equal(1, PanMeasures.Plagdet(1, 1, 1));
            Assert.Equal(2.0 / 3, PanMeasures.Plagdet(1, 0.5, 1), 12);
            Assert.Equal(0.63092975, PanMeasures.Plagdet(1, 1, 2), 1e-7);
            Assert.Equal(0.23659865, PanMeasures.Plagdet(0.75, 0.25, 2), 1e-7);
        }
    }

    public class Invariants
    {
        [Fact]
        public void Measures_stay_in_range_and_match_a_char_set_reference_on_random_input()
        {
            var random = new Random(20100823);
            for (var round = 0; round < 200; round++)
            {
                var cases = RandomAnnotations(random, random.Next(0, 4));
                var detections = RandomAnnotations(random, random.Next(0, 6));
                var score = PanMeasures.Score(cases, detections);
                Assert.InRange(score.Precision, 0, 1);
                Assert.InRange(score.Recall, 0, 1);
                Assert.True(score.Granularity >= 1);
                Assert.InRange(score.Plagdet, 0, 1);
                Assert.Equal(ReferenceRecall(cases, detections), score.Recall, 12);
                Assert.Equal(ReferenceRecall(detections, cases), score.Precision, 12);
            }
        }

        private static PanAnnotation[] RandomAnnotations(Random random, int count)
        {
            var annotations = new PanAnnotation[count];
            for (var i = 0; i < count; i++)
                annotations[i] = A(random.Next(0, 60), random.Next(1, 40), random.Next(0, 60), random.Next(1, 40),
                    suspicious: random.Next(2) == 0 ? "s1.txt" : "s2.txt", source: random.Next(3) == 0 ? "r2.txt" : "r1.txt");
            return annotations;
        }

        /// <summary>The definition, char by char: each target char is covered if an overlapping annotation holds it.</summary>
        private static double ReferenceRecall(PanAnnotation[] targets, PanAnnotation[] others)
        {
            if (targets.Length == 0 && others.Length == 0) return 1;
            if (targets.Length == 0 || others.Length == 0) return 0;
            var sum = 0.0;
            foreach (var t in targets)
            {
                var covered = 0;
                for (var c = t.SuspiciousSpan.Start; c < t.SuspiciousSpan.End; c++)
                    if (others.Any(o => PanMeasures.Overlaps(t, o) && c >= o.SuspiciousSpan.Start && c < o.SuspiciousSpan.End)) covered++;
                for (var c = t.SourceSpan.Start; c < t.SourceSpan.End; c++)
                    if (others.Any(o => PanMeasures.Overlaps(t, o) && c >= o.SourceSpan.Start && c < o.SourceSpan.End)) covered++;
                sum += (double)covered / (t.SuspiciousSpan.Length + t.SourceSpan.Length);
            }
            return sum / targets.Length;
        }
    }
}
