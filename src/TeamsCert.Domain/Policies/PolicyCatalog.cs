namespace TeamsCert.Domain.Policies;

/// <summary>The switches for ambiguity flags A-01..A-41 of the rules reference §3, each with its product default.</summary>
public static class PolicyCatalog
{
    private static readonly PolicyDefinition[] _all =
    [
        new("A-01", new("工作日按国家法定节假日及调休计算，自锚定事件次日起算", "Working days follow the PRC statutory calendar with make-up days; counting starts the day after the anchor event"), "dayAfterAnchor", ["dayAfterAnchor", "anchorDayCounts"]),
        new("A-02", new("月份按日历月相加，月末截断", "Months are added as calendar months, clamped to month end"), "calendarMonthClampEnd", ["calendarMonthClampEnd"]),
        new("A-03", new("规则有效期届满后不再受理新申请，已发证书沿用原规则版本", "An expired rule set takes no new applications; existing certificates keep their rule version"), "blockNewApplications", ["blockNewApplications", "warnOnly"]),
        new("A-04", new("SJ/T 11739-2019 按已发布标准记录并提示", "SJ/T 11739-2019 is stored as published, with a warning"), "storeAsPublishedWithWarning", ["storeAsPublishedWithWarning"]),
        new("A-05", new("AS 申请评审“及时”的时限（工作日）", "AS application review 'in time' limit (working days)"), "5", []) { IntegerRange = (1, 30) },
        new("A-06", new("要求补充信息期间决定时钟暂停，收到后恢复", "Decision clock pauses while more information is requested and resumes on receipt"), "pauseClock", ["pauseClock", "keepRunning"]),
        new("A-07", new("LS/CC9“每年一次”监督的最长间隔（月）", "LS/CC9 'once a year' surveillance: maximum interval (months)"), "12", []) { IntegerRange = (6, 15) },
        new("A-08", new("AS 第二次监督：12个月预警，15个月硬性上限，超过12个月须记录理由", "AS second surveillance: warn at 12 months, hard stop at 15, justification beyond 12"), "warnAt12HardAt15", ["warnAt12HardAt15", "hardAt12"]),
        new("A-09", new("有效期届满前3个月提醒再认证，并确保在到期前作出再认证决定", "Remind of recertification 3 months before expiry and decide before expiry"), "remindThreeMonthsDecideBeforeExpiry", ["remindThreeMonthsDecideBeforeExpiry"]),
        new("A-10", new("LS/CC9 证书有效期（年）", "LS/CC9 certificate validity (years)"), "3", []) { IntegerRange = (1, 6) },
        new("A-11", new("LS/CC9 暂停最长期限（月）", "LS/CC9 maximum suspension (months)"), "6", []) { IntegerRange = (1, 12) },
        new("A-12", new("LS/CC9 现场天数按日历天计，记录审核组人数，可附理由调整", "LS/CC9 on-site duration in calendar days; record team size; override with justification"), "onSiteDaysWithOverride", ["onSiteDaysWithOverride"]),
        new("A-13", new("认证决定人员不得为审核组成员（ISO/IEC 17065 7.6.2）", "Decision maker must not be a member of the audit team (ISO/IEC 17065 7.6.2)"), "enforce", ["enforce", "off"]),
        new("A-14", new("证书模板按方案设置，机构名称为北京希莫认证服务有限公司", "Certificate template per scheme; CB legal name 北京希莫认证服务有限公司"), "templatePerScheme", ["templatePerScheme"]),
        new("A-15", new("超出人数表范围时拒绝计算，由方案管理人员记录人工数值及理由", "Outside the personnel table: refuse; the programme manager records a manual figure with justification"), "refuse", ["refuse"]),
        new("A-16", new("现场审核时间不少于总审核时间的80%", "On-site time at least 80 % of total audit time"), "onSiteAtLeast80Percent", ["onSiteAtLeast80Percent", "notApplied"]),
        new("A-17", new("暗访人日在审核时间表之外另计", "Mystery-shopping person-days are added on top of the table time"), "onTop", ["onTop", "inside"]),
        new("A-18", new("应用下限后向上取整到0.5人日", "Round up to 0.5 person-day after applying floors"), "ceilHalfDay", ["ceilHalfDay", "nearestHalfDay", "none"]),
        new("A-19", new("服务特性测评时间：首个场所0.5人日，其后每个场所0.25人日", "Service-characteristic time: 0.5 PD for the first site plus 0.25 PD per further site"), "firstHalfThenQuarter", ["firstHalfThenQuarter", "quarterPerSite"]),
        new("A-20", new("第二阶段始终加入I，有设计职责时加入H", "Always add I at stage 2; add H when the organisation has design responsibility"), "addManagementAndDesign", ["addManagementAndDesign", "asListed"]),
        new("A-21", new("报告综合得分；无严重不符合且满足全部最低分即通过", "Report the composite; pass = no major NC and all minima met"), "minimaAndNoMajor", ["minimaAndNoMajor", "noPassDecision"]),
        new("A-22", new("“X分以上”含X；低于最低分记为一般不符合", "'X 分以上' includes X; below a minimum is a minor NC"), "inclusive", ["inclusive", "strict"]),
        new("A-23", new("客户关系管理单独计5%权重，不计入服务质量管理均值", "客户关系管理 keeps its own 5 % weight and is left out of the 服务质量管理 mean"), "separateWeight", ["separateWeight", "countTwice"]),
        new("A-24", new("服务品质管理计入服务特性60%部分", "服务品质管理 feeds the 60 % service-characteristic part"), "feedCharacteristic", ["feedCharacteristic"]),
        new("A-25", new("星级须有机构控制点目录；四星按1.0–4.0合计，五星按每部分", "Star levels need the CB's control-point catalogue; L4 aggregates parts 1.0–4.0, L5 checks each part"), "l4AggregateL5PerPart", ["l4AggregateL5PerPart"]),
        new("A-26", new("投诉处理三项全部不符合即为0分", "投诉处理: all three items failed gives 0"), "allFailZero", ["allFailZero", "literalPerItem", "lastItemTakesRemainder"]),
        new("A-27", new("“任何1项不符合得0分”优先于按比例扣分", "The 'any item fails gives 0' rule wins over proportional deduction"), "blockRuleWins", ["blockRuleWins"]),
        new("A-28", new("先归一化，再扣特别扣分项、加分，封顶100、最低0", "Normalise first, then subtract special deductions and add the bonus, cap 100, floor 0"), "normaliseThenAdjust", ["normaliseThenAdjust", "adjustThenNormalise"]),
        new("A-29", new("证书号采用6段格式；不含R序号和分证书号的部分为稳定认证标识", "Certificate numbers use the six-part format; the base without R-suffix and site is the stable id"), "sixPartBaseIsStable", ["sixPartBaseIsStable"]),
        new("A-30", new("LS/CC9 §7.4.3 与 §8.2.2 重叠的情形按撤销处理", "LS/CC9 triggers listed in both §7.4.3 and §8.2.2 lead to revocation"), "revoke", ["revoke", "cancel"]),
        new("A-31", new("暂停状态下应持证人申请可注销，并记录", "Suspended to cancelled on the holder's request is allowed and journaled"), "allowed", ["allowed", "forbidden"]),
        new("A-32", new("证书状态只由决定事件驱动，不符合等级仅为输入", "Certificate status changes only through decision events; NC grade is an input"), "decisionEventsOnly", ["decisionEventsOnly"]),
        new("A-33", new("将误标为行业标准的国家标准更正", "National standards mislabelled as industry standards are corrected in data"), "correctInData", ["correctInData"]),
        new("A-34", new("有条件批准：验证纠正措施后方可发证", "Conditional approval: no certificate until corrections are verified"), "noCertificateUntilVerified", ["noCertificateUntilVerified", "issueImmediately"]),
        new("A-35", new("监督时同样适用“特别扣分项≥5项不通过”", "The 'five or more special deductions fail' rule also applies at surveillance"), "applyAtSurveillance", ["applyAtSurveillance", "initialOnly"]),
        new("A-36", new("重大投诉后须记录是否增加监督频次的决定", "After major complaints a decision on surveillance frequency must be recorded"), "requireRecordedDecision", ["requireRecordedDecision"]),
        new("A-37", new("忽略监督结论中对第一阶段结果的引用", "Ignore the surveillance conclusion's reference to stage 1 results"), "ignore", ["ignore"]),
        new("A-38", new("条款编号按原文引用", "Cite section numbers as printed"), "citeAsIs", ["citeAsIs"]),
        new("A-39", new("按原文记录文件元数据；规则集按生效日期分版本", "Record document metadata verbatim; version rule sets by effective date"), "recordVerbatim", ["recordVerbatim"]),
        new("A-40", new("GB/T 27207 仅作参考文本", "GB/T 27207 is kept as reference text only"), "referenceOnly", ["referenceOnly"]),
        new("A-41", new("无官方放假安排的年份按法定节日生成临时日历，并标注provisional", "A year without an official notice gets a provisional statutory calendar, marked provisional"), "provisionalStatutory", ["provisionalStatutory"]),
    ];

    private static readonly Dictionary<string, PolicyDefinition> _byId = _all.ToDictionary(p => p.Id, StringComparer.Ordinal);

    public static IReadOnlyList<PolicyDefinition> All => _all;

    public static PolicyDefinition? Find(string id) => _byId.GetValueOrDefault(id);

    public static IReadOnlyDictionary<string, string> Defaults() => _all.ToDictionary(p => p.Id, p => p.Default, StringComparer.Ordinal);
}
