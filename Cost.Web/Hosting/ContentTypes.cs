namespace Cost.Web.Hosting;

/// <summary>The media types of the documents the API hands out.</summary>
public static class ContentTypes
{
    public const string Workbook = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public const string Pdf = "application/pdf";
}
