using Cost.Web.Hosting;

if (StoreCommand.Parse(args) is { } command)
{
    // audit verify, backup <file>: run against the store of the same configuration and exit; no server starts.
    return await command.RunAsync(WebApplication.CreateBuilder(command.Settings).Configuration, Console.Out);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddCostWeb();

var app = builder.Build();
app.UseCostWeb();
app.Run();
return 0;

/// <summary>The web front: pages, JSON API, exchange API; co-hosts the Orleans silo in embedded mode.</summary>
public partial class Program;
