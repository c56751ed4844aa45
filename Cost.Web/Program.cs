using Cost.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddCostWeb();

var app = builder.Build();
app.UseCostWeb();
app.Run();

/// <summary>The web front: pages, JSON API, exchange API; co-hosts the Orleans silo in embedded mode.</summary>
public partial class Program;
