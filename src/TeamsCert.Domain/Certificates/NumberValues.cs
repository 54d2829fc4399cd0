namespace TeamsCert.Domain.Certificates;

// Already-checked values to put into a numbering template.
internal sealed record NumberValues(string CbCode, int Year, string? FieldCode, int Sequence, int Cycle, int? Site);
