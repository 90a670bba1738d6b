using System.Text;

namespace Lineage.Bench.Corpus;

/// <summary>
/// Legal and syndication notices that small sites copy from one another into their footers, each
/// with the site's own name inside ("Reproduction in whole or in part … without the express
/// written permission of The Daily Courier is prohibited."). A handful of wordings, each in a few
/// variants, so one notice sits on the pages of several small sites: too few pages per site for
/// site templates to learn it, and text two unrelated articles share all the same.
/// </summary>
public static class LegalNotice
{
    private const ulong NoticeSeed = 0x1E6A1;

    private static readonly string[] Texts =
    [
        "Reproduction in whole or in part {means} without the express written permission of {site} is {verdict}.",
        "This material may not be published, broadcast, rewritten or redistributed {means} without the prior consent of {site}, and {party} accepts no liability for {what}.",
        "Opinions expressed by contributors to {site} are their own and do not necessarily reflect the views of {party}, which is not responsible for {what}.",
        "All content on this site is protected by copyright and may be used {means} only with attribution to {site}; any other use is {verdict}.",
        "Requests to syndicate or reprint articles should be sent to {party} of {site}, who will reply within {days}; articles may not be reproduced {means} in the meantime.",
        "{site} accepts no responsibility for the content of external sites linked from its pages, and a link does not mean that {party} endorses {what}.",
    ];

    private static readonly string[] Means = ["in any form or medium", "in any form or by any means", "in print or online", "on any website or in any publication", "by any electronic or mechanical means", "in any language or format"];
    private static readonly string[] Verdicts = ["prohibited", "strictly prohibited", "not permitted", "forbidden by law", "an infringement of copyright", "subject to legal action"];
    private static readonly string[] Parties = ["the publisher", "the editors", "the copyright holder", "the editorial board", "the owners of the site", "the syndication desk"];
    private static readonly string[] Whats = ["errors or omissions", "the accuracy of third-party content", "any loss arising from its use", "the views of its readers", "the content of comments", "the opinions of its guests"];
    private static readonly string[] Days = ["two working days", "five working days", "one week", "ten days", "a fortnight", "thirty days"];

    /// <summary>Distinct wordings; a notice's wording is its number modulo this.</summary>
    public static int Wordings => Texts.Length;

    /// <summary>Notice <paramref name="notice"/> as <paramref name="site"/> prints it.</summary>
    public static string Text(int notice, string site)
    {
        var rng = Prng.For(NoticeSeed, 1, notice);
        var wording = Texts[notice % Texts.Length];
        var b = new StringBuilder(wording, wording.Length + 64);
        b.Replace("{means}", rng.Pick(Means)).Replace("{verdict}", rng.Pick(Verdicts)).Replace("{party}", rng.Pick(Parties))
            .Replace("{what}", rng.Pick(Whats)).Replace("{days}", rng.Pick(Days)).Replace("{site}", site);
        return b.ToString();
    }
}
