using TeamsCert.Cli.Manifest;

namespace TeamsCert.Cli.Commands;

/// <summary>Builds the Teams app package (manifest.json + localization + icons) for sideloading or the admin centre.</summary>
public static class ManifestCommands
{
    public static IReadOnlyList<CliCommand> All { get; } =
    [
        new("manifest pack", "填充 manifest/ 占位符并打包 Teams 应用 zip / fill the manifest placeholders and build the Teams app zip",
            [
                new("config", "FILE", "appsettings 形式的 JSON 配置；也读环境变量（Bot__AppId）/ appsettings-shaped JSON; env vars (Bot__AppId) are read too", Required: false),
                new("out", "ZIP", "输出文件，默认 teamscert.zip / output file, default teamscert.zip", Required: false),
                new("set", "KEY=VALUE", "覆盖一个值，可重复（BOT_ID=… 或 Bot:AppId=…）/ override one value, repeatable", Required: false),
            ],
            Pack, """
            teamscert manifest pack --config appsettings.Production.json --out teamscert.zip --set APP_VERSION=1.2.0
              Teams:AppId → ${{TEAMS_APP_ID}}    Bot:AppId → ${{BOT_ID}}    AzureAd:ClientId → ${{AAD_APP_ID}}  (GUID)
              App:PublicBaseUrl → ${{APP_BASE_URL}}, ${{APP_DOMAIN}}  (https; http only for localhost)
              Teams:AppVersion → ${{APP_VERSION}}  (x.y.z, default the CLI's version)
            """),
    ];

    private static ManifestPackResult Pack(CliArguments args, CliContext context)
    {
        var configuration = ManifestConfiguration.Build(args.Optional("config"), args.Many("set"));
        var output = args.Optional("out") ?? "teamscert.zip";
        return ManifestPackage.Pack(ManifestPackage.TemplateFolder, ManifestValues.Resolve(configuration), output);
    }
}
