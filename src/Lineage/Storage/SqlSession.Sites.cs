using System.Globalization;
using System.Text;

namespace Lineage.Storage;

/// <summary>
/// Site lines: a site's page count in <c>sites</c>, and per line hash the pages holding it in
/// <c>site_lines</c>, keyed (site, hash) so a batch's lines of one site are read as one range.
/// Hashes and keys are numbers, written inline so a batch costs a few statements on either backend.
/// </summary>
internal sealed partial class SqlSession
{
    private const int LinesPerStatement = 500;

    public SiteLines SiteLines(string site, IReadOnlyCollection<ulong> lines)
    {
        var name = SiteName(site);
        var (id, pages) = Site(name);
        var counts = new Dictionary<ulong, int>();
        if (id is not { } siteId || lines.Count == 0) return new SiteLines(name, pages, counts);
        foreach (var chunk in HashChunks(lines))
        {
            using var command = Command($"SELECT hash, pages FROM site_lines WHERE site = {Inline(siteId)} AND hash IN ({chunk})");
            using var reader = command.ExecuteReader();
            while (reader.Read()) counts[unchecked((ulong)reader.GetInt64(0))] = reader.GetInt32(1);
        }
        return new SiteLines(name, pages, counts);
    }

    public void CountSiteLines(string site, int pages, IReadOnlyDictionary<ulong, int> lines) => Guarded(() => WriteSiteLines(site, pages, lines));

    private void WriteSiteLines(string site, int pages, IReadOnlyDictionary<ulong, int> lines)
    {
        var name = SiteName(site);
        using (var upsert = Command("INSERT INTO sites(name, pages) VALUES (@name, @pages) ON CONFLICT(name) DO UPDATE SET pages = sites.pages + excluded.pages"))
        {
            SqlIndexStore.AddParameter(upsert, "@name", name);
            SqlIndexStore.AddParameter(upsert, "@pages", pages, System.Data.DbType.Int32);
            upsert.ExecuteNonQuery();
        }
        var id = Site(name).Id ?? throw new InvalidOperationException($"site {name} was not saved.");
        var values = new StringBuilder();
        var count = 0;
        foreach (var (hash, pagesWithLine) in lines)
        {
            if (count > 0) values.Append(',');
            values.Append(CultureInfo.InvariantCulture, $"({Inline(id)},{Inline(unchecked((long)hash))},{pagesWithLine})");
            if (++count == LinesPerStatement)
            {
                UpsertLines(values.ToString());
                values.Clear();
                count = 0;
            }
        }
        if (count > 0) UpsertLines(values.ToString());
    }

    private void UpsertLines(string values)
    {
        using var upsert = Command($"INSERT INTO site_lines(site, hash, pages) VALUES {values} ON CONFLICT(site, hash) DO UPDATE SET pages = site_lines.pages + excluded.pages");
        upsert.ExecuteNonQuery();
    }

    private (long? Id, int Pages) Site(string name)
    {
        using var command = Command("SELECT id, pages FROM sites WHERE name = @name");
        SqlIndexStore.AddParameter(command, "@name", name);
        using var reader = command.ExecuteReader();
        return reader.Read() ? (reader.GetInt64(0), reader.GetInt32(1)) : (null, 0);
    }

    /// <summary>A scan groups pages by site ignoring case; a store keeps one spelling.</summary>
    private static string SiteName(string site) => site.ToLowerInvariant();

    private static string Inline(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static IEnumerable<string> HashChunks(IReadOnlyCollection<ulong> hashes)
    {
        var list = new StringBuilder();
        var count = 0;
        foreach (var hash in hashes)
        {
            if (count > 0) list.Append(',');
            list.Append(Inline(unchecked((long)hash)));
            if (++count == LinesPerStatement)
            {
                yield return list.ToString();
                list.Clear();
                count = 0;
            }
        }
        if (count > 0) yield return list.ToString();
    }
}
