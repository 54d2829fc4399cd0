namespace TeamsCert.Web.Tab.Views;

/// <summary>One bar of a tab chart: its label and value, with a short text shown beside the bar.</summary>
public sealed record ChartPoint(string Label, double Value, string Text);
