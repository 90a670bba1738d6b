namespace Lineage.Reading.Warc;

/// <summary>What a WARC file held: records skipped on purpose are counted here, not reported as problems.</summary>
/// <param name="Records">Records read, of every type.</param>
/// <param name="Pages">Documents made: successful HTML responses with words in them.</param>
/// <param name="NotResponses">warcinfo, request, metadata, revisit, … records.</param>
/// <param name="NotHtml">Responses whose payload is not HTML (images, PDFs, scripts, DNS records, …).</param>
/// <param name="NotSuccess">HTML responses with a status other than 2xx (redirects, errors).</param>
/// <param name="Wordless">HTML pages with no word in their visible text.</param>
public readonly record struct WarcTally(int Records, int Pages, int NotResponses, int NotHtml, int NotSuccess, int Wordless);
