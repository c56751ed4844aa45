using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Cost.Domain;

namespace Cost.Tests.Web;

/// <summary>A month of a region priced by five rebar (HRB400E Φ12) quotes around a tax-inclusive price, then closed and published through the API.</summary>
public static class RebarSurvey
{
    public static async Task PublishAsync(HttpClient bureau, HttpClient consultant, string region, YearMonth month, decimal price)
    {
        var day = month.FirstDay.AddDays(4).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var rows = Enumerable.Range(0, 5).Select(i =>
            string.Create(CultureInfo.InvariantCulture, $"01010201,热轧带肋钢筋,HRB400E Φ12,t,{price + ((i - 2) * 10m):0.00},13,100,供应商{i},{day}"));
        var csv = string.Join("\r\n", ["资源编码,名称,规格型号,单位,含税单价(元),税率(%),数量,报价单位,报价日期", .. rows]) + "\r\n";
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", "调查表.csv");
        Assert.Equal(HttpStatusCode.OK, (await consultant.PostAsync($"/api/price-surveys/{region}/{month}", form)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await bureau.PostAsync($"/api/price-periods/{region}/{month}/close", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await bureau.PostAsync($"/api/price-periods/{region}/{month}/publish", null)).StatusCode);
    }
}
