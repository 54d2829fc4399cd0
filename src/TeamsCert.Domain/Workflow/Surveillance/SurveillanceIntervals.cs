using System.Globalization;

namespace TeamsCert.Domain.Workflow.Surveillance;

/// <summary>The months between surveillances chosen when their frequency increases (A-36; 002 §11): 1 to 11, fewer than the schemes' 12.</summary>
public static class SurveillanceIntervals
{
    public static int Parse(IReadOnlyDictionary<string, string> data)
    {
        var text = StepContext.Required(data, "intervalMonths");
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var months) && months is >= 1 and <= 11
            ? months
            : throw new InvalidInputException("data.intervalMonths",
                $"增加监督频次须给出 1–11 的间隔月数 / data.intervalMonths must be a whole number of months from 1 to 11 (got \"{text}\")");
    }
}
