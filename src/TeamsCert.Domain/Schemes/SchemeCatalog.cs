namespace TeamsCert.Domain.Schemes;

/// <summary>All loaded rule-set versions, by scheme. Picks the version that governs a new application .</summary>
public sealed class SchemeCatalog
{
    private readonly Dictionary<string, List<SchemeRuleSet>> _byScheme;

    public SchemeCatalog(IEnumerable<SchemeRuleSet> ruleSets)
    {
        _byScheme = ruleSets
            .GroupBy(r => r.Scheme, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(r => int.Parse(r.Version, System.Globalization.CultureInfo.InvariantCulture)).ToList(), StringComparer.Ordinal);
    }

    public IEnumerable<SchemeRuleSet> All => _byScheme.Values.SelectMany(v => v);

    /// <summary>The newest version of a scheme, used for calculations on existing certificates by default.</summary>
    public SchemeRuleSet Latest(string scheme)
    {
        var code = SchemeCodes.Parse(scheme);
        return _byScheme.TryGetValue(code, out var versions)
            ? versions[^1]
            : throw new InvalidInputException("scheme", $"方案 {code} 没有已加载的规则集 / no rule set is loaded for scheme {code}");
    }

    public SchemeRuleSet Version(string scheme, string version) =>
        _byScheme.GetValueOrDefault(SchemeCodes.Parse(scheme))?.FirstOrDefault(r => r.Version == version)
        ?? throw new InvalidInputException("version", $"方案 {scheme} 没有第 {version} 版规则集 / scheme {scheme} has no rule set version {version}");

    /// <summary>The version that takes a new application on <paramref name="today"/>, or an A-03 refusal.</summary>
    public SchemeRuleSet ForNewApplication(string scheme, DateOnly today)
    {
        var latest = Latest(scheme);
        var open = _byScheme[latest.Scheme].LastOrDefault(r => r.IsEffectiveOn(today));
        if (open is not null)
        {
            return open;
        }

        latest.EnsureOpenForApplications(today);
        return latest;
    }
}
