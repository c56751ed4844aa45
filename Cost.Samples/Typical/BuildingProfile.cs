namespace Cost.Samples.Typical;

/// <summary>
/// How one type of building differs from the sample school per m² of building area: the structure's
/// concrete (m³/m²) and reinforcement (t/m²), how much of the concrete is in walls (shear-wall
/// residential towers carry most of it there), and factors on the other groups of lines — earthwork,
/// masonry, doors and windows, roofing, finishes, curtain wall — and on each installation discipline.
/// </summary>
public sealed record BuildingProfile(
    string ProjectType,
    decimal ConcretePerM2,
    decimal SteelPerM2,
    decimal WallWeight,
    decimal Earthwork,
    decimal Masonry,
    decimal Openings,
    decimal Roofing,
    decimal Finishes,
    decimal CurtainWall,
    decimal Ceilings,
    decimal HighRise,
    decimal Plumbing,
    decimal Electrical,
    decimal FireProtection,
    decimal AirConditioning)
{
    /// <summary>
    /// The four building types of the samples. Concrete and reinforcement per m² are the middle of the
    /// ranges stated with their reasoning in data/indicator-samples.json; the other factors are relative
    /// to the sample school (a five-storey frame teaching building).
    /// </summary>
    public static readonly IReadOnlyList<BuildingProfile> All =
    [
        // 高层住宅（剪力墙结构，18–33 层）：混凝土多在墙里，屋面占比小，厨卫给排水多，不设中央空调。
        new("residential", 0.41m, 0.049m, 6.0m, 0.8m, 0.8m, 1.6m, 0.3m, 1.3m, 0m, 0.2m, 1.5m, 2.2m, 1.1m, 0.6m, 0m),
        // 中小学教学楼（框架结构，4–5 层）。
        new("school", 0.37m, 0.044m, 1.0m, 1.0m, 1.1m, 1.0m, 1.0m, 1.6m, 1.0m, 1.0m, 1.0m, 1.0m, 1.4m, 1.0m, 0.7m),
        // 办公楼（框架-剪力墙结构，高层）：幕墙多，装修标准高，设中央空调和智能化。
        new("office", 0.45m, 0.058m, 3.0m, 1.2m, 0.8m, 0.8m, 0.45m, 1.6m, 5.0m, 1.8m, 1.35m, 0.9m, 1.6m, 1.3m, 1.2m),
        // 医院门诊医技楼（框架结构，多层）：荷载大，给排水、电气、净化空调和消防都多，装修标准高。
        new("hospital", 0.48m, 0.064m, 1.5m, 1.1m, 1.0m, 1.2m, 0.7m, 2.4m, 1.5m, 2.2m, 1.2m, 2.8m, 2.4m, 1.6m, 3.2m),
    ];
}
