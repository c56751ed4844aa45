namespace Cost.Domain.PriceIndices;

/// <summary>GB/T 51290-2018: an elementary index of one resource category, or a composite index of a project type.</summary>
public enum IndexKind
{
    /// <summary>要素价格指数: one resource category (人工, 钢材, …).</summary>
    Elementary,

    /// <summary>综合造价指数: a project type's basket of category indices with fixed base-period weights.</summary>
    Composite,
}
