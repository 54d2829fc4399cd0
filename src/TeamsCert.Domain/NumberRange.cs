using System.Globalization;

namespace TeamsCert.Domain;

/// <summary>The realistic range of a whole-number field; a value outside it is refused naming the field (see <see cref="InputLimits"/>).</summary>
public sealed record NumberRange(string Field, string ZhName, int Min, int Max)
{
    /// <summary>The refusal's text for <paramref name="value"/>, or null when it is in range.</summary>
    public string? Problem(long value) => value >= Min && value <= Max ? null : string.Create(CultureInfo.InvariantCulture,
        $"“{ZhName}”应在 {Min:N0} 至 {Max:N0} 之间 / {Field} must be between {Min:N0} and {Max:N0}");

    /// <summary>Refuses a value outside the range with <see cref="InvalidInputException"/> on <paramref name="field"/> (the range's own field unless told).</summary>
    public void Ensure(long value, string? field = null)
    {
        if (Problem(value) is { } problem)
        {
            throw new InvalidInputException(field ?? Field, problem);
        }
    }
}
