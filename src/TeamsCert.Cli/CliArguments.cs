using System.Globalization;
using TeamsCert.Domain;

namespace TeamsCert.Cli;

/// <summary>
/// The words of a command line: the command path (e.g. <c>calendar add-workdays</c>), positional values and
/// <c>--name value</c> options. Every accessor names the option in its error so the operator knows what to fix.
/// </summary>
public sealed class CliArguments
{
    private static readonly HashSet<string> _flags = new(["--help", "-h", "--pretty", "--compact"], StringComparer.Ordinal);
    private readonly Dictionary<string, string> _options = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _repeated = new(StringComparer.Ordinal);
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    public CliArguments(IReadOnlyList<string> args)
    {
        var words = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (_flags.Contains(arg))
            {
                _options[arg.TrimStart('-') == "h" ? "help" : arg[2..]] = "true";
            }
            else if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                var eq = arg.IndexOf('=', StringComparison.Ordinal);
                var (name, value) = eq > 0 ? (arg[2..eq], arg[(eq + 1)..]) : (arg[2..], i + 1 < args.Count ? args[++i] : null);
                _options[name] = value ?? throw new InvalidInputException(name, $"选项 --{name} 缺少取值 / option --{name} needs a value");
                if (!_repeated.TryGetValue(name, out var values))
                {
                    _repeated[name] = values = [];
                }

                values.Add(_options[name]);
            }
            else
            {
                words.Add(arg);
            }
        }

        Words = words;
    }

    public IReadOnlyList<string> Words { get; }

    /// <summary>How many leading words name the command; the words after them are positional values.</summary>
    public int CommandLength { get; set; }

    public string Positional(string name) =>
        Words.Count > CommandLength
            ? Words[CommandLength]
            : throw new InvalidInputException(name, $"缺少参数 {name} / missing argument {name}");

    public bool Flag(string name)
    {
        _used.Add(name);
        return _options.ContainsKey(name);
    }

    public string? Optional(string name)
    {
        _used.Add(name);
        return _options.GetValueOrDefault(name);
    }

    /// <summary>Every value of an option that may be given several times (e.g. <c>--set A=1 --set B=2</c>), in order.</summary>
    public IReadOnlyList<string> Many(string name)
    {
        _used.Add(name);
        return _repeated.TryGetValue(name, out var values) ? values : [];
    }

    public string Required(string name) =>
        Optional(name) ?? throw new InvalidInputException(name, $"缺少必填选项 --{name} / missing required option --{name}");

    public DateOnly Date(string name) =>
        DateOnly.TryParseExact(Required(name), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new InvalidInputException(name, $"--{name} 应为 YYYY-MM-DD 格式的日期 / --{name} must be a date as YYYY-MM-DD");

    public int WholeNumber(string name) => ParseInteger(name, Required(name));

    /// <summary>An enum option written in kebab-case or camelCase (e.g. <c>person-to-person</c>), case-insensitive.</summary>
    public TEnum Choice<TEnum>(string name)
        where TEnum : struct, Enum
    {
        var value = Required(name);
        var compact = value.Replace("-", string.Empty, StringComparison.Ordinal);
        return Enum.GetNames<TEnum>().FirstOrDefault(n => string.Equals(n, compact, StringComparison.OrdinalIgnoreCase)) is { } match
            ? Enum.Parse<TEnum>(match)
            : throw new InvalidInputException(name, $"--{name} 的取值“{value}”无效，应为 {Kebab<TEnum>()} / --{name} must be one of {Kebab<TEnum>()}");
    }

    public bool Boolean(string name) => Required(name).ToUpperInvariant() switch
    {
        "TRUE" or "YES" or "1" => true,
        "FALSE" or "NO" or "0" => false,
        _ => throw new InvalidInputException(name, $"--{name} 应为 true 或 false / --{name} must be true or false"),
    };

    private static string Kebab<TEnum>()
        where TEnum : struct, Enum =>
        string.Join("|", Enum.GetNames<TEnum>().Select(n => string.Concat(n.Select((c, i) => i > 0 && char.IsUpper(c) ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()))));

    public int? OptionalWholeNumber(string name) => Optional(name) is { } value ? ParseInteger(name, value) : null;

    /// <summary>Options given but never read by the command: almost always a typo the operator should hear about.</summary>
    public IEnumerable<string> Unused() => _options.Keys.Where(k => !_used.Contains(k) && k is not ("help" or "pretty" or "compact"));

    private static int ParseInteger(string name, string value) =>
        int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)
            ? n
            : throw new InvalidInputException(name, $"--{name} 应为整数 / --{name} must be a whole number");
}
