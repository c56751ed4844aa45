using Cost.Importers.Bills;

namespace Cost.Tests.Importers;

public class SampleWorkbookTests
{
    [Fact]
    public void Sample_workbook_reads_back_to_the_sample_bill_without_errors()
    {
        var result = Workbooks.Read(Workbooks.Write(SampleBoq.Create(), SampleWorkbooks.Options));

        Assert.False(result.IsRefused, string.Join("; ", result.Refusal.Select(r => r.Message)));
        Assert.Empty(result.Errors());
        BoqAssert.Same(SampleBoq.Create(), result.Boq!);
    }
}
