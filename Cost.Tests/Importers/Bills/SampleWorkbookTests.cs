using Cost.Samples;

namespace Cost.Tests.Importers.Bills;

public class SampleWorkbookTests
{
    /// <summary>data/samples in the repository, found from the test's output folder.</summary>
    private static string SamplesFolder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CostSystem.sln")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("CostSystem.sln not found"), "data", "samples");
    }

    [Fact]
    public void Sample_workbook_reads_back_to_the_sample_bill_without_errors()
    {
        var result = Workbooks.Read(Workbooks.Write(SampleBoq.Create(), SampleWorkbooks.Options));

        Assert.False(result.IsRefused, string.Join("; ", result.Refusal.Select(r => r.Message)));
        Assert.Empty(result.Errors());
        BoqAssert.Same(SampleBoq.Create(), result.Boq!);
    }

    [Fact]
    public void The_committed_sample_file_reads_back_to_the_sample_bill_with_one_warning()
    {
        var result = Workbooks.Read(File.ReadAllBytes(Path.Combine(SamplesFolder(), SampleWorkbooks.FileName)));

        Assert.Empty(result.Errors());
        Assert.Contains("定额人工费", Assert.Single(result.Warnings()).Message, StringComparison.Ordinal);
        BoqAssert.Same(SampleBoq.Create(), result.Boq!);
        Assert.Equal(2, result.Boq!.UnitWorks.Length);
        Assert.InRange(result.Boq.UnitWorks[0].Lines.Length, 50, 70);
        Assert.InRange(result.Boq.UnitWorks[1].Lines.Length, 15, 25);
    }

    [Fact]
    public void The_committed_sample_with_errors_shows_each_deliberate_mistake()
    {
        var result = Workbooks.Read(File.ReadAllBytes(Path.Combine(SamplesFolder(), SampleWorkbooks.WithErrorsFileName)));
        var errors = result.Errors().ToList();

        Assert.Contains(errors, e => e.ItemCode == "010502001001" && e.Column == "H" && e.Stated - e.Expected == 100m);
        Assert.Contains(errors, e => e.ItemCode == "01050300200" && e.Column == "B");
        Assert.Contains(errors, e => e.ItemCode == "010505001001" && e.Column == "F" && e.Message.Contains("约862.4", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Message.StartsWith("分部小计", StringComparison.Ordinal) && e.Stated - e.Expected == 1000m);
        Assert.Contains(errors, e => e.Message.Contains("招标控制价合计", StringComparison.Ordinal));
    }

    [Fact]
    public void The_committed_indicator_samples_read_without_errors()
    {
        foreach (var spec in IndicatorSampleBoqs.All)
        {
            var result = Workbooks.Read(File.ReadAllBytes(Path.Combine(SamplesFolder(), spec.FileName)));
            Assert.Empty(result.Errors());
            Assert.Equal(IndicatorSampleBoqs.Create(spec).LineCount, result.Boq!.LineCount);
        }
    }

    /// <summary>Regenerates data/samples: <c>COST_WRITE_SAMPLES=1 dotnet test --filter Category=Samples</c>.</summary>
    [Fact]
    [Trait("Category", "Samples")]
    public void Regenerate_sample_workbooks_when_asked()
    {
        if (Environment.GetEnvironmentVariable("COST_WRITE_SAMPLES") != "1")
        {
            return;
        }

        var folder = SamplesFolder();
        Directory.CreateDirectory(folder);
        using (var file = File.Create(Path.Combine(folder, SampleWorkbooks.FileName)))
        {
            SampleWorkbooks.Write(file);
        }

        using (var file = File.Create(Path.Combine(folder, SampleWorkbooks.WithErrorsFileName)))
        {
            SampleWorkbooks.WriteWithErrors(file);
        }

        foreach (var spec in IndicatorSampleBoqs.All)
        {
            using var file = File.Create(Path.Combine(folder, spec.FileName));
            IndicatorSampleBoqs.Write(spec, file);
        }
    }
}
