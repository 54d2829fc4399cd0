using TeamsCert.Domain.Rules;

namespace TeamsCert.Domain.AuditTime;

/// <summary>
/// <c>method: personnelTable</c>: initial time from a table by effective personnel, surveillance and
/// recertification as fractions of it with floors, plus optional per-site additions (TEL, AS).
/// </summary>
public sealed record PersonnelTableAuditTime : AuditTimeRules
{
    public required IReadOnlyList<PersonnelBand> Bands { get; init; }

    /// <summary>Where the table comes from, quoted in every justification (e.g. <c>002 §12 附录A</c>).</summary>
    public required string TableSource { get; init; }

    public required InitialFractionRule Surveillance { get; init; }

    public required InitialFractionRule Recertification { get; init; }

    /// <summary>Minimum on-site share of the audit time, e.g. 0.8; null when the scheme states none.</summary>
    public decimal? OnSiteMinimumShare { get; init; }

    public MysteryShoppingRule? MysteryShopping { get; init; }

    public ServiceCharacteristicRule? ServiceCharacteristic { get; init; }

    public PersonnelBand? FindBand(int personnel) => Bands.FirstOrDefault(b => b.Contains(personnel));

    public override void Validate(RuleDataValidation validation, string jsonPath)
    {
        ValidateBands(validation, $"{jsonPath}.bands");
        validation.Require(!string.IsNullOrWhiteSpace(TableSource), $"{jsonPath}.tableSource", "is required");
        ValidateFraction(Surveillance, validation, $"{jsonPath}.surveillance");
        ValidateFraction(Recertification, validation, $"{jsonPath}.recertification");
        if (OnSiteMinimumShare is { } share)
        {
            validation.Require(share > 0 && share <= 1, $"{jsonPath}.onSiteMinimumShare", "must be above 0 and at most 1");
        }

        MysteryShopping?.Validate(validation, $"{jsonPath}.mysteryShopping");
        ServiceCharacteristic?.Validate(validation, $"{jsonPath}.serviceCharacteristic");
    }

    private static void ValidateFraction(InitialFractionRule? rule, RuleDataValidation validation, string path)
    {
        if (validation.Require(rule is not null, path, "is required"))
        {
            rule!.Validate(validation, path);
        }
    }

    // The table must cover 1..max without gaps or overlaps, or some headcounts would get no (or two) answers.
    private void ValidateBands(RuleDataValidation validation, string path)
    {
        if (!validation.Require(Bands is { Count: > 0 }, path, "at least one band is required"))
        {
            return;
        }

        PersonnelBand? previous = null;
        for (var i = 0; i < Bands.Count; i++)
        {
            var band = Bands[i];
            var bandPath = $"{path}[{i}]";
            if (band is null)
            {
                validation.Error(bandPath, "must not be null");
                previous = null;
                continue;
            }

            band.Validate(validation, bandPath);
            if (i == 0)
            {
                validation.Require(band.MinPersonnel == 1, $"{bandPath}.minPersonnel", "the first band must start at 1 person");
            }
            else if (previous is not null)
            {
                CheckContiguous(previous, band, validation, bandPath, i);
            }

            previous = band;
        }
    }

    private static void CheckContiguous(PersonnelBand previous, PersonnelBand band, RuleDataValidation validation, string bandPath, int index)
    {
        var expected = previous.MaxPersonnel + 1;
        if (band.MinPersonnel <= previous.MaxPersonnel)
        {
            validation.Error($"{bandPath}.minPersonnel", $"overlaps band [{index - 1}] (which ends at {previous.MaxPersonnel}); expected {expected}");
        }
        else if (band.MinPersonnel > expected)
        {
            validation.Error($"{bandPath}.minPersonnel", $"leaves a gap after band [{index - 1}]: {expected}–{band.MinPersonnel - 1} persons are not covered");
        }

        validation.Require(band.InitialDays >= previous.InitialDays, $"{bandPath}.initialDays", "must not be less than the previous band's initialDays");
    }
}
