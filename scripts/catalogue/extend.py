#!/usr/bin/env python3
"""Extends data/resources.json to the full catalogue and writes the sample base prices of the new resources.

Run from the repository root: python3 scripts/catalogue/extend.py
It is idempotent: the first 436 resources (the original catalogue) are kept as they are and in their order; the
resources it adds are rebuilt from the tables below and appended after them, so that the sample price generator
(Cost.Tests/Importers/Prices/SamplePriceGenerator.cs), which walks the catalogue in order, keeps every earlier row.
Every resource gets its price basis (价格口径). Codes follow GB/T 50851: 2-digit class, 2-digit subclass, 2-digit
group, 2-digit number; different specs share a code.
"""
import csv
import json
import os

ORIGINAL = 436
ROOT = os.getcwd()
RESOURCES = os.path.join(ROOT, "data", "resources.json")
LEVELS = os.path.join(ROOT, "Cost.Tests", "Importers", "Prices", "sample-price-levels.csv")

# 价格口径 by category: what a price includes.
BASIS = {
    "人工": None, "机械台班": None,
    "装配式构件": "出厂价", "苗木": "出圃价",
}
DELIVERED = "到场价"


def item(code, name, spec, unit, category, vat, price, kind):
    return {"code": code, "name": name, "spec": spec, "unit": unit, "category": category, "vatRate": vat}, (code, spec, price, kind)


def prefab():
    out = []
    for n, (name, specs, base) in enumerate([
        ("钢筋混凝土叠合板", [f"{t}mm {c}" for t in (60, 70, 80) for c in ("C30", "C35")], 3150),
        ("预制混凝土楼梯", [f"{k} {c}" for k in ("双跑", "剪刀") for c in ("C30", "C35")], 3350),
        ("预制混凝土内墙板", [f"{t}mm {c}" for t in (200, 250) for c in ("C30", "C35")], 3050),
        ("预制夹心保温外墙板", [f"{w}+{i}+60mm {c}" for w in (200, 250) for i in (70, 80) for c in ("C30", "C35")], 3900),
        ("预制混凝土梁", ["C30", "C35", "C40"], 3450),
        ("预制混凝土柱", ["C30", "C35", "C40", "C45"], 3500),
        ("预制阳台板", ["叠合式 C30", "全预制 C30"], 3600),
        ("预制空调板", ["C30"], 3700),
        ("预制女儿墙", ["C30"], 3550),
        ("预制飘窗", ["C30"], 3800),
        ("预制混凝土综合管廊节段", ["单舱 C40", "双舱 C40"], 4200),
        ("预制装配式检查井", ["Φ1000", "Φ1250", "Φ1500"], 3300),
    ]):
        for k, spec in enumerate(specs):
            out.append(item(f"8101{n + 1:02d}01", name, spec, "m3", "装配式构件", 0.13, base * (1 + 0.03 * k), "concrete"))
    for n, (name, specs, base) in enumerate([
        ("钢结构梁", ["H型钢 Q355B", "焊接H型钢 Q355B", "箱型 Q355B"], 7600),
        ("钢结构柱", ["H型钢 Q355B", "箱型 Q355B", "圆管 Q355B"], 7900),
        ("钢桁架", ["Q355B"], 8600),
        ("钢筋桁架楼承板", ["TD3-90", "TD3-110", "TD3-130"], 0),
    ]):
        for k, spec in enumerate(specs):
            if name == "钢筋桁架楼承板":
                out.append(item(f"8102{n + 1:02d}01", name, spec, "m2", "装配式构件", 0.13, 118 + 12 * k, "steel"))
            else:
                out.append(item(f"8102{n + 1:02d}01", name, spec, "t", "装配式构件", 0.13, base * (1 + 0.04 * k), "steel"))
    return out


def green():
    out = []
    rows = [
        ("透水砖", [f"{s}×{t}mm {c}" for s in ("200×100", "300×150") for t in (55, 60, 80) for c in ("灰色", "红色")], "m2", 0.13, 58, "flat"),
        ("透水混凝土", ["C20 素色", "C25 素色", "C25 彩色"], "m3", 0.03, 520, "concrete"),
        ("再生骨料", ["再生粗骨料 5-25mm", "再生细骨料 0-5mm", "再生级配碎石"], "m3", 0.03, 68, "aggregate"),
        ("再生混凝土砌块", ["390×190×190", "390×190×90", "390×240×190"], "m3", 0.03, 330, "aggregate"),
        ("蒸压加气混凝土砌块", [f"{g} 600×{t}×240" for g in ("B05", "B06", "B07") for t in (100, 200, 250)], "m3", 0.03, 290, "cement"),
        ("蒸压加气混凝土板", [f"{t}mm {u}" for t in (100, 150, 200) for u in ("内墙板", "外墙板")], "m2", 0.13, 95, "cement"),
        ("岩棉板", [f"{d}kg/m3 {t}mm" for d in (120, 140, 160) for t in (50, 80, 100, 120)], "m2", 0.13, 42, "flat"),
        ("石墨聚苯板", [f"{t}mm B1级" for t in (40, 50, 60, 80, 100, 120)], "m2", 0.13, 26, "plastic"),
        ("真空绝热板", [f"{t}mm A级" for t in (15, 20, 25)], "m2", 0.13, 185, "flat"),
        ("Low-E中空玻璃", [f"{a}+{g}+{b}" for a in ("5", "6") for g in ("9A", "12A", "16A") for b in ("5", "6")], "m2", 0.13, 128, "flat"),
        ("三玻两腔中空玻璃", ["5+12A+5+12A+5 Low-E", "6+12A+6+12A+6 Low-E", "5+9Ar+5+9Ar+5 Low-E"], "m2", 0.13, 235, "flat"),
        ("光伏建筑一体化组件", ["单晶硅 400W", "单晶硅 450W", "碲化镉薄膜 幕墙型"], "m2", 0.13, 760, "plastic"),
        ("高性能混凝土外加剂", ["聚羧酸减水剂 高性能型", "聚羧酸减水剂 缓凝型"], "t", 0.13, 3200, "flat"),
        ("水性环保涂料", ["内墙 乳胶漆", "外墙 弹性涂料", "真石漆"], "kg", 0.13, 18, "flat"),
        ("节水型水嘴", ["DN15 陶瓷阀芯", "DN15 感应式"], "个", 0.13, 85, "flat"),
    ]
    for n, (name, specs, unit, vat, base, kind) in enumerate(rows):
        for k, spec in enumerate(specs):
            out.append(item(f"8201{n + 1:02d}01", name, spec, unit, "绿色建材", vat, base * (1 + 0.025 * k), kind))
    return out


def install():
    out = []
    dn = ["DN15", "DN20", "DN25", "DN32", "DN40", "DN50", "DN65", "DN80", "DN100", "DN125", "DN150", "DN200"]
    for n, (name, base) in enumerate([("闸阀", 60), ("截止阀", 55), ("蝶阀", 90), ("止回阀", 70), ("球阀", 40), ("减压阀", 260), ("信号蝶阀", 420),
                                      ("自动排气阀", 45), ("泄水阀", 38)]):
        for k, spec in enumerate(dn):
            out.append(item(f"2901{n + 1:02d}01", name, spec, "个", "安装主材", 0.13, base * (1.32 ** k) if name != "信号蝶阀" else base * (1.18 ** k), "flat"))
    for n, (name, specs, base) in enumerate([
        ("照明开关", [f"{a}{b}" for a in ("单联", "双联", "三联", "四联") for b in ("单控", "双控")], 12),
        ("插座", ["五孔 10A", "五孔带开关 10A", "三孔 16A", "五孔 防溅", "地面插座", "USB五孔"], 16),
        ("LED平板灯", [f"{s} {w}W" for s, w in (("300×300", 18), ("300×600", 24), ("600×600", 36), ("300×1200", 36), ("600×1200", 48))], 95),
        ("LED筒灯", [f"{s}寸 {w}W" for s, w in (("2.5", 5), ("3", 7), ("4", 9), ("6", 15))], 28),
        ("消防应急照明灯", ["双头 3W", "吸顶 3W", "集中电源型"], 85),
        ("疏散指示标志灯", ["单向 壁挂", "双向 吊装", "安全出口", "地埋"], 110),
        ("坐便器", ["连体 普通", "连体 节水", "分体", "挂墙式 含隐蔽水箱"], 980),
        ("蹲便器", ["陶瓷 前出水", "陶瓷 后出水", "自闭式冲洗阀配套"], 320),
        ("洗脸盆", ["台上盆", "台下盆", "立柱盆", "无障碍盆"], 380),
        ("小便器", ["壁挂式 感应", "落地式"], 760),
        ("配电箱", [f"{k} {c}回路" for k in ("照明", "动力") for c in (6, 12, 18, 24)], 1600),
        ("风机盘管", [f"FP-{x}" for x in ("34", "51", "68", "85", "102", "136")], 1350),
        ("多联机室内机", [f"{x}kW 四面出风" for x in ("2.8", "3.6", "4.5", "5.6", "7.1")], 3900),
        ("多联机室外机", [f"{x}kW" for x in ("22.4", "28", "33.5", "45", "56")], 46000),
        ("离心水泵", [f"流量{q}m3/h 扬程{h}m" for q, h in ((10, 30), (25, 32), (50, 32), (100, 40))], 4800),
        ("消防水泵", [f"流量{q}L/s 扬程{h}m" for q, h in ((20, 60), (30, 80), (40, 100))], 16500),
        ("喷头", ["ZSTX15-68℃ 直立", "ZSTX15-68℃ 下垂", "ZSTX15-68℃ 边墙", "快速响应 下垂"], 22),
        ("室内消火栓箱", ["SG24A65-J 单栓", "SG24D65Z-J 带灭火器箱"], 780),
        ("感烟探测器", ["点型 总线制", "点型 独立式"], 95),
        ("风口", ["方形散流器 360×360", "单层百叶 600×200", "双层百叶 800×300", "防雨百叶 1000×500", "条形风口 1500×150"], 90),
    ]):
        for k, spec in enumerate(specs):
            unit = "个" if name in ("照明开关", "插座", "喷头", "感烟探测器", "风口") else "套"
            out.append(item(f"2902{n + 1:02d}01", name, spec, unit, "安装主材", 0.13, base * (1 + 0.08 * k), "flat"))
    trays = ["100×50", "150×75", "200×100", "300×100", "300×150", "400×150", "500×200", "600×200"]
    for n, (name, base) in enumerate([("槽式电缆桥架", 48), ("梯式电缆桥架", 42), ("托盘式电缆桥架", 45)]):
        for k, spec in enumerate(trays):
            out.append(item(f"2903{n + 1:02d}01", name, spec + " 热镀锌", "m", "安装主材", 0.13, base * (1.22 ** k), "steel"))
    for n, (name, base) in enumerate([("桥架水平弯通", 85), ("桥架三通", 110), ("桥架垂直弯通", 95)]):
        for k, spec in enumerate(trays):
            out.append(item(f"2904{n + 1:02d}01", name, spec + " 热镀锌", "个", "安装主材", 0.13, base * (1.2 ** k), "steel"))
    sections = ["4×10+1×6", "4×16+1×10", "4×25+1×16", "4×35+1×16", "4×50+1×25", "4×70+1×35", "4×95+1×50", "4×120+1×70", "4×150+1×70", "4×185+1×95"]
    for n, (name, base) in enumerate([("WDZN-YJY 低烟无卤阻燃耐火电力电缆", 42), ("YJV22 铠装电力电缆", 46), ("YJV 电力电缆 五芯", 44),
                                      ("BTTZ 矿物绝缘电缆", 68), ("WDZ-YJY 低烟无卤阻燃电力电缆", 40)]):
        for k, spec in enumerate(sections):
            out.append(item(f"2804{n + 1:02d}01", name, spec, "m", "电线电缆", 0.13, base * (1.38 ** k), "copper"))
    for k, spec in enumerate(["2×1.5", "4×1.5", "7×1.5", "10×1.5", "4×2.5", "7×2.5", "14×1.5", "19×1.5"]):
        out.append(item("28050101", "控制电缆 KVV", spec, "m", "电线电缆", 0.13, 6.5 * (1.25 ** k), "copper"))
    return out


def plants():
    out = []
    trees = [("国槐", 260), ("白蜡", 280), ("法桐", 320), ("银杏", 520), ("栾树", 300), ("七叶树", 560), ("元宝枫", 380), ("合欢", 300),
             ("樱花", 360), ("紫叶李", 240), ("大叶女贞", 230), ("雪松", 0), ("油松", 0), ("白皮松", 0), ("楸树", 420),
             ("广玉兰", 480), ("榉树", 450), ("北美海棠", 330), ("红枫", 520), ("垂柳", 180), ("旱柳", 170), ("臭椿", 190), ("刺槐", 160),
             ("杜仲", 260), ("五角枫", 340)]
    girths = [6, 8, 10, 12, 15, 18, 20, 25]
    for n, (name, base) in enumerate(trees):
        if base == 0:
            for k, h in enumerate(["高3-3.5m", "高4-4.5m", "高5-5.5m", "高6-6.5m", "高7-8m"]):
                out.append(item(f"1902{n + 1:02d}01", name, h + " 冠幅饱满", "株", "苗木", 0.09, (650 if name == "白皮松" else 480) * (1.6 ** k), "flat"))
        else:
            for k, g in enumerate(girths):
                out.append(item(f"1902{n + 1:02d}01", name, f"胸径{g}cm", "株", "苗木", 0.09, base * (g / 8) ** 2.1, "flat"))
    shrubs = [("紫薇", 85), ("西府海棠", 120), ("碧桃", 95), ("红叶石楠球", 110), ("大叶黄杨球", 90), ("金叶女贞球", 70), ("小叶黄杨球", 75), ("丁香", 65)]
    for n, (name, base) in enumerate(shrubs):
        for k, spec in enumerate(["冠幅80-100cm", "冠幅120-150cm", "冠幅180-200cm"]):
            out.append(item(f"1903{n + 1:02d}01", name, spec, "株", "苗木", 0.09, base * (1.9 ** k), "flat"))
    covers = [("麦冬", "满铺 高15cm"), ("高羊茅", "草卷"), ("早熟禾", "草卷"), ("马蹄金", "满铺"), ("八宝景天", "9株/m2"), ("月季", "地被 16株/m2"), ("金叶女贞", "色块 25株/m2 高40cm"), ("红叶石楠", "色块 25株/m2 高50cm")]
    for n, (name, spec) in enumerate(covers):
        out.append(item(f"1904{n + 1:02d}01", name, spec, "m2", "苗木", 0.09, 14 + 9 * n, "flat"))
    return out


def grown():
    """More specs of the original categories, under their own codes."""
    out = []
    for k, d in enumerate([14, 16, 18, 20, 22, 25, 28, 32, 36, 40]):
        out.append(item("01010901", "热轧带肋钢筋", f"HRB500E Φ{d}", "t", "钢材", 0.13, 4150 + 8 * k, "steel"))
    for k, d in enumerate([6, 8, 10, 12]):
        out.append(item("01011001", "冷轧带肋钢筋", f"CRB550 Φ{d}", "t", "钢材", 0.13, 4250, "steel"))
    for n, (name, specs, base) in enumerate([
        ("热轧H型钢", [f"{s} Q355B" for s in ("HW200×200", "HW300×300", "HM350×250", "HN400×200", "HN500×200", "HN600×200")], 3950),
        ("热轧工字钢", [f"I{s} Q235B" for s in ("10", "14", "16", "20a", "25a", "32a")], 3900),
        ("热轧槽钢", [f"[{s} Q235B" for s in ("8", "10", "12.6", "16a", "20a", "25a")], 3880),
        ("热轧等边角钢", [f"∠{s} Q235B" for s in ("40×4", "50×5", "63×6", "75×8", "100×10")], 3850),
        ("热轧钢板", [f"δ{s} Q355B" for s in ("8", "10", "12", "16", "20", "25", "30")], 4050),
        ("镀锌钢板", [f"δ{s}" for s in ("0.5", "0.6", "0.75", "1.0", "1.2", "1.5")], 5100),
    ]):
        for k, spec in enumerate(specs):
            out.append(item(f"0108{n + 1:02d}01", name, spec, "t", "钢材", 0.13, base * (1 + 0.01 * k), "steel"))
    dn = ["DN15", "DN20", "DN25", "DN32", "DN40", "DN50", "DN65", "DN80", "DN100", "DN125", "DN150", "DN200"]
    for n, (name, base, kind) in enumerate([("内外壁热镀锌钢管 沟槽连接", 14, "steel"), ("衬塑复合钢管", 22, "steel"), ("不锈钢管 304 卡压", 28, "flat"), ("薄壁不锈钢管 316L", 35, "flat")]):
        for k, spec in enumerate(dn):
            out.append(item(f"1704{n + 1:02d}01", name, spec, "m", "管材管件", 0.13, base * (1.3 ** k), kind))
    for n, (name, base) in enumerate([("沟槽弯头 90°", 18), ("沟槽三通", 26), ("沟槽卡箍", 12), ("法兰", 20)]):
        for k, spec in enumerate(dn[4:]):
            out.append(item(f"1705{n + 1:02d}01", name, spec, "个", "管材管件", 0.13, base * (1.35 ** k), "steel"))
    de = ["De20", "De25", "De32", "De40", "De50", "De63", "De75", "De90", "De110", "De160"]
    for n, (name, base) in enumerate([("PPR给水管 S4", 3.2), ("PE100给水管 1.6MPa", 4.5), ("PVC-U排水管", 3.0), ("HDPE静音排水管", 9.0)]):
        for k, spec in enumerate(de):
            out.append(item(f"1803{n + 1:02d}01", name, spec, "m", "管材管件", 0.13, base * (1.42 ** k), "plastic"))
    for n, (name, base) in enumerate([("HDPE双壁波纹管 SN8", 38), ("钢带增强聚乙烯螺旋波纹管 SN8", 62), ("球墨铸铁管 K9", 210)]):
        for k, spec in enumerate(["DN300", "DN400", "DN500", "DN600", "DN800", "DN1000", "DN1200"]):
            out.append(item(f"1804{n + 1:02d}01", name, spec, "m", "管材管件", 0.13, base * (1.45 ** k), "plastic" if n < 2 else "steel"))
    mm2 = ["1.5", "2.5", "4", "6", "10", "16", "25", "35", "50", "70", "95", "120", "150", "185", "240"]
    for n, (name, base) in enumerate([("铜芯低烟无卤阻燃电线 WDZ-BYJ", 1.9), ("铜芯耐火电线 NH-BV", 2.0), ("铜芯软电线 BVR", 2.1)]):
        for k, s in enumerate(mm2):
            out.append(item(f"2806{n + 1:02d}01", name, f"{s}mm2", "m", "电线电缆", 0.13, base * float(s) / 1.5 ** 0.02 if k == 0 else base * float(s) / 1.5 * 0.93, "copper"))
    for n, (name, specs, base) in enumerate([
        ("陶瓷地砖", [f"{s} {f}" for s in ("600×1200", "750×1500", "900×1800") for f in ("抛釉", "柔光", "岩板")], 85),
        ("花岗岩板材", [f"{n2} {t}mm 光面" for n2 in ("芝麻白", "芝麻灰", "中国黑", "黄锈石") for t in (20, 30)], 120),
        ("大理石板材", [f"{n2} 20mm" for n2 in ("爵士白", "雅士白", "啡网纹", "黑金花")], 320),
        ("石膏板", ["9.5mm 普通", "12mm 普通", "12mm 防水", "12mm 耐火", "15mm 耐火"], 12),
        ("铝扣板", ["300×300 0.6mm", "300×600 0.7mm", "600×600 0.8mm"], 55),
        ("矿棉吸声板", ["600×600×12", "600×600×15", "600×1200×15"], 32),
        ("木地板", ["实木复合 15mm", "强化复合 12mm", "实木 18mm"], 160),
        ("PVC地板", ["卷材 2mm 医用", "卷材 2mm 商用", "片材 3mm"], 75),
        ("环氧地坪涂料", ["自流平 2mm", "砂浆型 4mm"], 68),
        ("干挂花岗岩幕墙板", [f"{c} {t}mm" for c in ("芝麻灰", "芝麻白", "黄锈石", "中国黑") for t in (25, 30)], 210),
        ("铝单板", ["2.5mm 氟碳", "3.0mm 氟碳", "2.5mm 粉末喷涂", "3.0mm 穿孔"], 260),
        ("玻璃幕墙", ["框架式 6+12A+6 Low-E", "隐框 8+12A+8 Low-E", "单元式 8+12A+8 Low-E", "点支式 12+12A+12 钢化"], 780),
    ]):
        for k, spec in enumerate(specs):
            out.append(item(f"0707{n + 1:02d}01", name, spec, "m2", "装饰材料", 0.13, base * (1 + 0.06 * k), "flat"))
    for n, (name, specs, base) in enumerate([
        ("断桥铝合金窗", [f"{p}系列 {g}" for p in (60, 65, 70, 80) for g in ("5+12A+5", "5+12A+5 Low-E", "5+12A+5+12A+5")], 560),
        ("铝合金门", ["平开门 70系列", "推拉门 90系列", "地弹簧门 100系列"], 620),
        ("木质防火门", ["甲级", "乙级", "丙级"], 580),
        ("钢质防火门", ["甲级", "乙级", "丙级"], 520),
        ("防火卷帘", ["特级 无机布", "钢质 双轨"], 380),
        ("塑钢窗", ["60系列 5+9A+5", "65系列 5+12A+5"], 380),
    ]):
        for k, spec in enumerate(specs):
            out.append(item(f"0708{n + 1:02d}01", name, spec, "m2", "门窗", 0.13, base * (1 + 0.05 * k), "flat"))
    for n, (name, specs, base) in enumerate([
        ("SBS改性沥青防水卷材", [f"{t}mm {k2} {t2}" for t in (3, 4) for k2 in ("PY", "PE") for t2 in ("Ⅰ型", "Ⅱ型")], 26),
        ("高分子自粘防水卷材", ["1.2mm", "1.5mm", "2.0mm"], 32),
        ("聚氨酯防水涂料", ["单组分", "双组分"], 16),
        ("JS防水涂料", ["Ⅰ型", "Ⅱ型"], 9),
        ("非固化橡胶沥青防水涂料", ["2.0mm"], 24),
    ]):
        for k, spec in enumerate(specs):
            unit = "m2" if "卷材" in name else "kg"
            out.append(item(f"1303{n + 1:02d}01", name, spec, unit, "防水材料", 0.13, base * (1 + 0.07 * k), "oil"))
    for n, (name, specs, base) in enumerate([
        ("挤塑聚苯板", [f"{t}mm B1级" for t in (20, 30, 40, 50, 60, 80, 100)], 450),
        ("硬泡聚氨酯板", [f"{t}mm B1级" for t in (30, 40, 50, 60)], 980),
        ("玻璃棉毡", ["48kg/m3 50mm", "32kg/m3 50mm", "24kg/m3 100mm"], 320),
    ]):
        for k, spec in enumerate(specs):
            out.append(item(f"1502{n + 1:02d}01", name, spec, "m3", "保温材料", 0.13, base * (1 + 0.02 * k), "plastic"))
    for n, (name, specs, base) in enumerate([
        ("球墨铸铁井盖", ["Φ700 D400 重型", "Φ700 C250 中型", "Φ700 B125 轻型", "双层 防沉降 D400"], 680),
        ("雨水篦子", ["球墨铸铁 750×450 D400", "复合材料 750×450 C250"], 260),
        ("花岗岩侧石", ["150×300×1000", "120×300×1000", "150×350×1000"], 120),
        ("花岗岩平石", ["300×150×1000", "300×120×1000"], 95),
        ("混凝土路缘石", ["C30 150×300×1000", "C30 120×250×1000"], 45),
        ("沥青混凝土", ["AC-13C 细粒式", "AC-20C 中粒式", "AC-25C 粗粒式", "SMA-13 改性", "AC-13C SBS改性"], 0),
        ("级配碎石", ["0-31.5mm", "0-37.5mm"], 95),
        ("水泥稳定碎石", ["水泥剂量 3%", "水泥剂量 6%"], 185),
    ]):
        for k, spec in enumerate(specs):
            if name == "沥青混凝土":
                out.append(item(f"1104{n + 1:02d}01", name, spec, "t", "沥青", 0.13, 560 + 60 * k, "oil"))
            else:
                unit = "套" if "井盖" in name or "篦子" in name else ("m" if "石" in name and "碎石" not in name else "m3")
                out.append(item(f"1104{n + 1:02d}01", name, spec, unit, "市政材料", 0.13 if unit != "m3" else 0.03, base * (1 + 0.05 * k), "aggregate" if unit == "m3" else "flat"))
    for n, (name, specs, base) in enumerate([
        ("预拌混凝土（抗渗）", [f"{c} {p}" for c in ("C30", "C35", "C40") for p in ("P6", "P8", "P10")], 500),
        ("预拌混凝土（细石）", ["C20", "C25", "C30"], 480),
        ("预拌混凝土（水下）", ["C30", "C35"], 520),
        ("预拌混凝土（早强）", ["C30", "C40"], 505),
    ]):
        for k, spec in enumerate(specs):
            out.append(item(f"8023{n + 1:02d}01", name, spec, "m3", "商品混凝土", 0.03, base * (1 + 0.025 * k), "concrete"))
    for n, (name, specs, base) in enumerate([
        ("湿拌砂浆", [f"{k2} {m}" for k2 in ("砌筑", "抹灰", "地面") for m in ("M5", "M10", "M15")], 380),
        ("干混砂浆", ["砌筑 DM M10", "抹灰 DP M10", "地面 DS M20", "陶瓷砖粘结剂 C1"], 360),
    ]):
        for k, spec in enumerate(specs):
            out.append(item(f"8024{n + 1:02d}01", name, spec, "m3" if name == "湿拌砂浆" else "t", "预拌砂浆", 0.13 if name == "干混砂浆" else 0.03,
                            base * (1 + 0.03 * k), "concrete"))
    for n, (name, specs, base) in enumerate([
        ("履带式起重机", ["25t", "50t", "100t", "150t"], 2600),
        ("汽车式起重机", ["8t", "16t", "25t", "50t", "75t"], 1150),
        ("塔式起重机", ["QTZ63", "QTZ80", "QTZ125", "QTZ160"], 1350),
        ("施工升降机", ["SC200/200 单笼", "SC200/200 双笼"], 620),
        ("混凝土输送泵车", ["37m", "47m", "56m"], 4200),
        ("钢筋套丝机", ["Φ40"], 120),
        ("静力压桩机", ["600kN", "900kN", "1200kN"], 3200),
        ("旋挖钻机", ["SR200", "SR280"], 5600),
        ("沥青混凝土摊铺机", ["6m", "8m", "12m"], 4600),
        ("振动压路机", ["12t", "18t", "22t"], 1350),
    ]):
        for k, spec in enumerate(specs):
            out.append(item(f"9902{n + 1:02d}01", name, spec, "台班", "机械台班", 0.09, base * (1.35 ** k), "machine"))
    return out


def main():
    with open(RESOURCES, encoding="utf-8") as f:
        catalogue = json.load(f)
    original = catalogue["resources"][:ORIGINAL]
    added, levels = [], []
    for resource, level in prefab() + green() + install() + plants() + grown():
        added.append(resource)
        levels.append(level)
    keys = {(r["code"], r["spec"]) for r in original}
    for r in added:
        assert (r["code"], r["spec"]) not in keys, r
        keys.add((r["code"], r["spec"]))
    for r in original + added:
        r.pop("priceBasis", None)
        basis = BASIS.get(r["category"], DELIVERED)
        if basis is not None:
            r["priceBasis"] = basis
    catalogue["resources"] = original + added
    if "装配式构件" not in catalogue["_说明"]:
        raise SystemExit("data/resources.json _说明 no longer describes the added categories: update it with this script")
    with open(RESOURCES, "w", encoding="utf-8") as f:
        json.dump(catalogue, f, ensure_ascii=False, indent=2)
        f.write("\n")
    with open(LEVELS, encoding="utf-8") as f:
        rows = [r for r in csv.reader(f)]
    header, kept = rows[0], rows[1:ORIGINAL + 1]
    with open(LEVELS, "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(kept)
        for code, spec, price, kind in levels:
            writer.writerow([code, spec, f"{price:.2f}" if price < 100 else f"{price:.0f}", kind])
    print(f"{len(original)} original + {len(added)} added = {len(original) + len(added)} resources")


if __name__ == "__main__":
    main()
