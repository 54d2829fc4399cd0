namespace TeamsCert.Web.Tab.Views;

/// <summary>Audit days one auditor has planned in one month, the cases they come from and any clashing dates.</summary>
public sealed record WorkloadEntry(string AuditorId, string Month, decimal Days, IReadOnlyList<string> Cases, IReadOnlyList<string> Conflicts, bool OverAllocated);
