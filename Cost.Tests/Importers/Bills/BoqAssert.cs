using Cost.Domain.Bills;

namespace Cost.Tests.Importers.Bills;

/// <summary>
/// Compares bills part by part with the records' own equality (decimal by value: 8650.00 = 8650), so
/// that a failure names the part that differs.
/// </summary>
internal static class BoqAssert
{
    public static void Same(Boq expected, Boq actual)
    {
        Assert.Equal(expected.UnitWorks.Select(u => u.Name), actual.UnitWorks.Select(u => u.Name));
        foreach (var (e, a) in expected.UnitWorks.Zip(actual.UnitWorks))
        {
            Assert.Equal(e.Lines.Length, a.Lines.Length);
            foreach (var (el, al) in e.Lines.Zip(a.Lines))
            {
                Assert.True(el == al, $"expected {el}\nactual   {al}");
            }

            SameItems(e.LumpSums, a.LumpSums);
            Assert.True(e.OtherItems == a.OtherItems, $"expected {e.OtherItems}\nactual   {a.OtherItems}");
            SameItems(e.Fees, a.Fees);
            Assert.Equal(e.StatedVatRate, a.StatedVatRate);
        }
    }

    private static void SameItems<T>(IReadOnlyList<T> expected, IReadOnlyList<T> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.True(Equals(expected[i], actual[i]), $"expected {expected[i]}\nactual   {actual[i]}");
        }
    }
}
