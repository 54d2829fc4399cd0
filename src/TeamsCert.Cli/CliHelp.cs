using System.Globalization;
using System.Text;

namespace TeamsCert.Cli;

/// <summary>The human-readable help: an overview of all commands and a page per command.</summary>
public static class CliHelp
{
    public static string Overview(IReadOnlyList<CliCommand> commands)
    {
        var width = commands.Max(c => c.Path.Length) + 2;
        var text = new StringBuilder()
            .AppendLine("teamscert — TeamsCert 运维命令行 / operator command line")
            .AppendLine()
            .AppendLine("用法 Usage: teamscert <command> [options]")
            .AppendLine("每个命令在标准输出打印一个 JSON 对象 / every command prints one JSON object on stdout.")
            .AppendLine()
            .AppendLine("命令 Commands:");
        foreach (var command in commands)
        {
            text.Append("  ").Append(command.Path.PadRight(width)).AppendLine(command.Summary);
        }

        return text
            .AppendLine()
            .AppendLine("通用选项 Global options:")
            .AppendLine("  --calendars DIR   运营者日历目录（新年度放假通知）/ operator folder of official calendar years")
            .AppendLine("                    (env TEAMSCERT_CALENDARS)")
            .AppendLine("  --schemes DIR     运营者规则集目录 / operator folder of scheme rule-set versions (env TEAMSCERT_SCHEMES)")
            .AppendLine("  --pretty          缩进输出 / indented JSON (default in a terminal)")
            .AppendLine("  --compact         单行输出 / one-line JSON (default when piped)")
            .AppendLine("  -h, --help        帮助 / this help, or a command's help after its name")
            .AppendLine()
            .AppendLine("退出码 Exit codes: 0 成功 ok · 2 输入有误 bad input · 3 规则拒绝 refused by a rule (JSON names the rule id)")
            .AppendLine("                   4 规则数据无效 invalid rule data · 5 日志校验失败 journal broken · 1 意外错误 unexpected error")
            .AppendLine()
            .AppendLine("查看某个命令的选项 / a command's options:  teamscert <command> --help")
            .ToString();
    }

    public static string ForCommand(CliCommand command)
    {
        var positional = command.Positional is null ? string.Empty : $" {command.Positional}";
        var text = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"teamscert {command.Path}{positional} — {command.Summary}")
            .AppendLine();
        if (command.Options.Count > 0)
        {
            var width = command.Options.Max(o => o.Name.Length + o.Value.Length) + 5;
            text.AppendLine("选项 Options:");
            foreach (var option in command.Options)
            {
                var left = $"--{option.Name} {option.Value}".PadRight(width);
                text.Append("  ").Append(left).Append(option.Required ? string.Empty : "[可选 optional] ").AppendLine(option.Help);
            }

            text.AppendLine();
        }

        return text.AppendLine("示例 Example:").AppendLine(CultureInfo.InvariantCulture, $"  {command.Example}").ToString();
    }
}
