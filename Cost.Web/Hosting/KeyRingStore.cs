using System.Xml.Linq;
using Cost.Silos.Hosting;
using Dapper;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace Cost.Web.Hosting;

/// <summary>
/// The data-protection key ring in the store (table data_protection_keys). The framework calls it synchronously, rarely
/// (at start-up and when a key is created, every 90 days by default), so it waits for the store here.
/// </summary>
public sealed class KeyRingStore(CostDatabase database) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements() => ReadAsync().GetAwaiter().GetResult();

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        StoreAsync(element, friendlyName).GetAwaiter().GetResult();
    }

    private async Task<IReadOnlyCollection<XElement>> ReadAsync()
    {
        await using var connection = await database.OpenAsync().ConfigureAwait(false);
        return [.. (await connection.QueryAsync<string>("SELECT xml FROM data_protection_keys ORDER BY friendly_name").ConfigureAwait(false)).Select(x => XElement.Parse(x))];
    }

    private async Task StoreAsync(XElement element, string friendlyName)
    {
        await using var connection = await database.OpenAsync().ConfigureAwait(false);
        await connection.ExecuteAsync(
            "INSERT INTO data_protection_keys (friendly_name, xml) VALUES (@friendlyName, @xml) ON CONFLICT (friendly_name) DO NOTHING",
            new { friendlyName, xml = element.ToString(SaveOptions.DisableFormatting) }).ConfigureAwait(false);
    }
}
