using TeamsCert.Domain;

namespace TeamsCert.Web.Bot.Cards.Steps;

/// <summary>Labels of the fixed choice codes the handlers accept.</summary>
public static class ChoiceTexts
{
    private static readonly Dictionary<string, LocalizedText> _all = new(StringComparer.Ordinal)
    {
        ["maintain"] = new("保持", "Maintain"),
        ["suspend"] = new("暂停", "Suspend"),
        ["revoke"] = new("撤销", "Revoke"),
        ["increase"] = new("增加监督频次", "Increase frequency"),
        ["unchanged"] = new("频次不变", "Frequency unchanged"),
        ["complaint"] = new("顾客投诉", "Customer complaint"),
        ["change"] = new("组织、地点或业务变化", "Change of organisation, site or business"),
        ["incident"] = new("严重事故", "Serious incident"),
        ["documents"] = new("体系文件或服务目录变化", "Documents or service catalogue changed"),
        ["other"] = new("其他", "Other"),
        ["none"] = new("不采取措施", "No measure"),
        ["no-conflict"] = new("无利益冲突", "No conflict of interest"),
        ["declared"] = new("存在利益冲突（请在下方说明）", "There is a conflict of interest (describe it below)"),
        ["increase-frequency"] = new("增加监督频次", "Increase surveillance frequency"),
        ["PersonToPerson"] = new("人—人", "Person to person"),
        ["PersonToMachine"] = new("人—机", "Person to machine"),
        ["MachineToPerson"] = new("机—人", "Machine to person"),
        ["MachineToMachine"] = new("机—机", "Machine to machine"),
    };

    public static LocalizedText For(string code) => _all.TryGetValue(code, out var text) ? text : new(code, code);
}
