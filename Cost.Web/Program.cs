using Cost.Web.Hosting;

if (StoreCommand.Parse(args) is { } command)
{
    // audit verify, backup <file>, accounts add-bureau <name>: run against the store of the same configuration
    // and exit; no server starts. A password typed at a terminal is not echoed; a piped one is read as a line.
    var input = Console.IsInputRedirected ? Console.In : new HiddenConsoleInput();
    return await command.RunAsync(WebApplication.CreateBuilder(command.Settings).Configuration, input, Console.Out);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddCostWeb();

var app = builder.Build();
app.UseCostWeb();
app.Run();
return 0;

/// <summary>The web front: pages, JSON API, exchange API; co-hosts the Orleans silo in embedded mode.</summary>
public partial class Program;
