namespace TeamsCert.Domain.Applications;

/// <summary>A titled part of the application form (e.g. 附录A A.1 基本信息).</summary>
public sealed record FormSection(string Code, LocalizedText Title, IReadOnlyList<FormField> Fields);
