using System.Diagnostics;
using System.Net;
using Cost.Domain;

namespace Cost.Tests.Web;

/// <summary>
/// The filing receipt (备案回执) read back as a person would: pdftotext finds the number, the firm, the total in figures
/// and in words and the workbook's SHA-256 that the public verify answer gives; zbarimg reads the QR code as the verify
/// address; the same filing gives the same bytes twice; nothing before a filing and nothing for another firm.
/// </summary>
public sealed class FilingReceiptTests(CostWebFactory factory) : IClassFixture<CostWebFactory>
{
    [Fact]
    public async Task A_filing_gives_a_receipt_whose_hash_and_QR_code_the_public_verify_answer_confirms()
    {
        var (code, total) = await Tenders.FiledAsync(factory);
        var consultant = await factory.ConsultantAsync();
        var project = await (await consultant.GetAsync($"/api/projects/{code}/ceiling-price")).JsonAsync();
        var number = project.GetProperty("filingNumber").GetString()!;
        var filing = await (await factory.CreateClient().GetAsync($"/api/public/filings/{Uri.EscapeDataString(number)}")).JsonAsync();

        var pdf = await consultant.GetByteArrayAsync($"/api/projects/{code}/filing-receipt.pdf");

        var text = PdfBulletinWriterTests.Flat(PdfBulletinWriterTests.PdfText(pdf));
        Assert.Contains(PdfBulletinWriterTests.Flat($"备案号：{number}"), text, StringComparison.Ordinal);
        Assert.Contains(PdfBulletinWriterTests.Flat($"SHA-256：{filing.GetProperty("sha256").GetString()}"), text, StringComparison.Ordinal);
        Assert.Contains(PdfBulletinWriterTests.Flat($"人民币大写：{ChineseAmount.Of(total)}"), text, StringComparison.Ordinal);
        Assert.Contains(PdfBulletinWriterTests.Flat($"{total:#,##0.00}"), text, StringComparison.Ordinal);
        Assert.Contains(PdfBulletinWriterTests.Flat("编制人：未填写；复核人：未填写"), text, StringComparison.Ordinal);
        Assert.Equal($"http://localhost/verify/{Uri.EscapeDataString(number)}", QrCodeOnFirstPage(pdf));
        Assert.Equal(pdf, await consultant.GetByteArrayAsync($"/api/projects/{code}/filing-receipt.pdf"));
    }

    [Fact]
    public async Task There_is_no_receipt_before_a_filing_nor_for_another_firm()
    {
        var consultant = await factory.ConsultantAsync();
        var code = await Tenders.RegisterAsync(consultant);
        await (await consultant.GetAsync($"/api/projects/{code}/filing-receipt.pdf")).ProblemAsync(HttpStatusCode.NotFound, "not-found");
        var (filed, _) = await Tenders.FiledAsync(factory);
        var other = await factory.OtherFirmConsultantAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/projects/{filed}/filing-receipt.pdf")).StatusCode);
    }

    /// <summary>The first page rendered at 150 dpi by pdftoppm and its QR code read by zbarimg (zbar-tools).</summary>
    private static string QrCodeOnFirstPage(byte[] pdf)
    {
        var folder = Directory.CreateTempSubdirectory("cost-receipt-").FullName;
        try
        {
            var file = Path.Combine(folder, "receipt.pdf");
            File.WriteAllBytes(file, pdf);
            Run("pdftoppm", ["-r", "150", "-f", "1", "-l", "1", "-png", file, Path.Combine(folder, "page")]);
            var image = Directory.GetFiles(folder, "page*.png").Single();
            return Run("zbarimg", ["--quiet", "--raw", image]).Trim();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Run(string program, string[] arguments)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true })!;
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return output;
        }
        catch (System.ComponentModel.Win32Exception missing)
        {
            throw new InvalidOperationException($"This test needs {program}: install the Debian packages poppler-utils and zbar-tools (./test.sh does).", missing);
        }
    }
}
