namespace TeamsCert.Domain.Rules;

// Domain exceptions carry one message string; certification staff read Chinese first, auditors abroad English.
internal static class Bilingual
{
    public static string Message(string zhCn, string en) => zhCn + "\n" + en;

    public static string Message(LocalizedText text) => Message(text.ZhCn, text.En);
}
