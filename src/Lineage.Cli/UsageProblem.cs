using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace Lineage.Cli;

/// <summary>
/// The first thing wrong with a command line, as one line that names the option: an unknown
/// option (with the nearest known one), a value that does not parse or is out of range, or a
/// word starting with '-' where a path is expected, which is never read as a path (<c>--</c>
/// before it, or <c>./-name</c>, says it is one).
/// </summary>
internal static class UsageProblem
{
    public static string? Find(ParseResult parse)
    {
        var literal = AfterDoubleDash(parse);
        foreach (var child in parse.CommandResult.Children)
        {
            if (child is not ArgumentResult argument) continue;
            foreach (var token in argument.Tokens)
                if (LooksLikeOption(token.Value) && !literal.Contains(token)) return Unknown(parse.CommandResult, token.Value);
        }
        foreach (var token in parse.UnmatchedTokens)
        {
            if (LooksLikeOption(token)) return Unknown(parse.CommandResult, token);
            var path = CommandPath(parse.CommandResult);
            var subcommands = parse.CommandResult.Command.Subcommands;
            if (subcommands.Count == 0) return $"'{token}': unexpected argument for '{path}' (see '{path} --help').";
            var names = new List<string>(subcommands.Count);
            foreach (var subcommand in subcommands) names.Add(subcommand.Name);
            var nearest = Nearest(names, token);
            return $"unknown command '{token}' for '{path}'" + (nearest is null ? $" (commands: {string.Join(", ", names)})." : $"; did you mean '{nearest}'?");
        }
        foreach (var error in parse.Errors)
            return Describe(error);
        return null;
    }

    private static bool LooksLikeOption(string token) => token.Length > 1 && token[0] == '-' && !double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out _);

    private static HashSet<Token> AfterDoubleDash(ParseResult parse)
    {
        var literal = new HashSet<Token>(ReferenceEqualityComparer.Instance);
        var after = false;
        foreach (var token in parse.Tokens)
        {
            if (after) literal.Add(token);
            else if (token.Type == TokenType.DoubleDash) after = true;
        }
        return literal;
    }

    private static string Unknown(CommandResult result, string token)
    {
        var name = token.Split('=', 2)[0];
        var path = CommandPath(result);
        var message = $"unknown option '{name}' for '{path}'";
        return Nearest(result.Command, name) is { } suggestion
            ? $"{message}; did you mean '{suggestion}'?"
            : $"{message} (see '{path} --help'; a path starting with '-' is written ./{token} or after --).";
    }

    private static string Describe(ParseError error)
    {
        var option = error.SymbolResult switch
        {
            OptionResult o => o,
            ArgumentResult { Parent: OptionResult o } => o,
            _ => null,
        };
        if (option is null) return error.Message;
        var name = option.Option.Name;
        foreach (var token in option.Tokens)
        {
            var expected = option.Option.ValueType;
            if (expected == typeof(int) && !int.TryParse(token.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _))
                return $"{name} takes a whole number (got '{token.Value}').";
            if (expected == typeof(double) && !double.TryParse(token.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
                return $"{name} takes a number (got '{token.Value}').";
        }
        return error.Message.Contains(name, StringComparison.Ordinal) ? error.Message : $"{name}: {error.Message}";
    }

    /// <summary>The known option nearest the mistyped one, within two edits (or of which it is the start), or null.</summary>
    internal static string? Nearest(Command command, string typed)
    {
        var names = new List<string>();
        foreach (var option in AllOptions(command))
            foreach (var alias in Names(option))
                if (alias.StartsWith("--", StringComparison.Ordinal)) names.Add(alias);
        return Nearest(names, typed);
    }

    private const int MaxSuggestedEdits = 2;

    /// <summary>The name nearest the typed one, within two edits (one for short words) or of which it is the start, or null.</summary>
    private static string? Nearest(List<string> names, string typed)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var name in names)
        {
            var distance = name.StartsWith(typed, StringComparison.Ordinal) && typed.Length > 3 ? 1 : Lineage.Alignment.WordSimilarity.BoundedDistance(typed, name, MaxSuggestedEdits + 1);
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = name;
            }
        }
        return bestDistance <= Math.Min(MaxSuggestedEdits, Math.Max(1, typed.Length / 3)) ? best : null;
    }

    private static IEnumerable<Option> AllOptions(Command command)
    {
        foreach (var option in command.Options) yield return option;
        for (var parent = command.Parents.OfType<Command>().FirstOrDefault(); parent is not null; parent = parent.Parents.OfType<Command>().FirstOrDefault())
            foreach (var option in parent.Options)
                if (option.Recursive) yield return option;
    }

    private static IEnumerable<string> Names(Option option)
    {
        yield return option.Name;
        foreach (var alias in option.Aliases) yield return alias;
    }

    private static string CommandPath(CommandResult result)
    {
        var names = new List<string>();
        // The root's name is the executable's (dotnet's host under a test runner): name it as the README does.
        for (SymbolResult? r = result; r is CommandResult c; r = c.Parent) names.Insert(0, c.Parent is null ? "lineage" : c.Command.Name);
        return string.Join(' ', names);
    }
}
