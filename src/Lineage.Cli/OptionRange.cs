using System.CommandLine;
using System.Globalization;

namespace Lineage.Cli;

/// <summary>
/// The values a numeric option accepts, checked while the command line is parsed, so a value out
/// of range is refused by its option's name before any work (and never reaches the library's own
/// checks, which speak of parameters, not options).
/// </summary>
internal static class OptionRange
{
    public static Option<int> AtLeast(this Option<int> option, int minimum, string? meaning = null)
    {
        option.Validators.Add(result =>
        {
            if (!Parsed(result, out var value)) return;
            if (value < minimum) result.AddError(string.Create(CultureInfo.InvariantCulture, $"{option.Name} must be {minimum}{meaning} or more (got {value})."));
        });
        return option;
    }

    public static Option<int> Between(this Option<int> option, int minimum, int maximum)
    {
        option.Validators.Add(result =>
        {
            if (!Parsed(result, out var value)) return;
            if (value < minimum || value > maximum) result.AddError(string.Create(CultureInfo.InvariantCulture, $"{option.Name} must be between {minimum} and {maximum} (got {value})."));
        });
        return option;
    }

    public static Option<double> Positive(this Option<double> option)
    {
        option.Validators.Add(result =>
        {
            if (result.Tokens.Count > 0 && !double.TryParse(result.Tokens[^1].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out _)) return;
            var value = result.GetValueOrDefault<double>();
            if (!(value > 0) || double.IsInfinity(value)) result.AddError(string.Create(CultureInfo.InvariantCulture, $"{option.Name} must be a positive number (got {value})."));
        });
        return option;
    }

    // A value that is not a number at all is reported by the parser, naming the option (UsageProblem).
    private static bool Parsed(System.CommandLine.Parsing.OptionResult result, out int value)
    {
        if (result.Tokens.Count == 0)
        {
            value = result.GetValueOrDefault<int>();
            return true;
        }
        return int.TryParse(result.Tokens[^1].Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }
}
