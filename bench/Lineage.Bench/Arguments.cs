using System.Globalization;

namespace Lineage.Bench;

/// <summary>The bench's command line: a verb, then <c>--name value</c> options (repeatable) and <c>--flag</c>s.</summary>
public sealed class Arguments
{
    private readonly Dictionary<string, List<string>> options = new(StringComparer.Ordinal);
    private readonly HashSet<string> flags = new(StringComparer.Ordinal);

    public Arguments(IReadOnlyList<string> args, IReadOnlySet<string> knownFlags)
    {
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                Positional.Add(arg);
                continue;
            }
            var name = arg[2..];
            if (knownFlags.Contains(name))
            {
                flags.Add(name);
                continue;
            }
            if (i + 1 >= args.Count) throw new ArgumentException($"--{name} needs a value.");
            if (!options.TryGetValue(name, out var values)) options[name] = values = [];
            values.Add(args[++i]);
        }
    }

    public List<string> Positional { get; } = [];

    public bool Has(string flag) => flags.Contains(flag);

    public IReadOnlyList<string> All(string name) => options.TryGetValue(name, out var values) ? values : [];

    public string? Value(string name) => options.TryGetValue(name, out var values) ? values[^1] : null;

    public int Int(string name, int fallback) => Value(name) is { } v ? ParseCount(name, v) : fallback;

    public List<int> Ints(string name)
    {
        var result = new List<int>();
        foreach (var v in All(name)) result.Add(ParseCount(name, v));
        return result;
    }

    /// <summary>Counts may be written 10000, 10_000, 10k or 1m.</summary>
    private static int ParseCount(string name, string value)
    {
        var text = value.Replace("_", "").Trim().ToLowerInvariant();
        var scale = 1;
        if (text.EndsWith('k')) { scale = 1000; text = text[..^1]; }
        else if (text.EndsWith('m')) { scale = 1_000_000; text = text[..^1]; }
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) || n < 0)
            throw new ArgumentException($"--{name} wants a whole number (got '{value}').");
        return n * scale;
    }
}
