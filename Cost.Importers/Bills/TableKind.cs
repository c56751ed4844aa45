namespace Cost.Importers.Bills;

/// <summary>The GB/T 50500-2013 tables (Appendix E/F/L forms) the reader knows: a unit work's bill and the summaries above it.</summary>
internal enum TableKind
{
    /// <summary>表-04 单位工程招标控制价汇总表: only checked.</summary>
    Summary,

    /// <summary>表-08 分部分项工程和单价措施项目清单与计价表.</summary>
    MeasuredWorks,

    /// <summary>表-11 总价措施项目清单与计价表.</summary>
    LumpSumMeasures,

    /// <summary>表-12 其他项目清单与计价汇总表.</summary>
    OtherItems,

    /// <summary>表-13 规费、税金项目计价表.</summary>
    FeesAndTax,

    /// <summary>表-02 建设项目招标控制价汇总表: the 单项工程 of the tender, only checked.</summary>
    ProjectSummary,

    /// <summary>表-03 单项工程招标控制价汇总表: the unit works of one 单项工程, only checked.</summary>
    SingleWorkSummary,

    /// <summary>
    /// 表-21/表-22 承包人提供主要材料和工程设备一览表, 主要材料价格表 or 人材机汇总表: optional, read for the check
    /// of main materials against 信息价; never a unit work's required table.
    /// </summary>
    MainMaterials,
}
