using System.Text.Json;
using Cost.Contracts;

namespace Cost.Silos.Hosting;

/// <summary>
/// The data/ folder: rule catalogues and sample data a clerk can read and edit. It is copied next to
/// the binaries; configuration key Cost:DataFolder points elsewhere.
/// </summary>
public sealed class DataFolder(string path)
{
    public string Path { get; } = path;

    public static DataFolder Beside(string? configured) =>
        new(configured ?? System.IO.Path.Combine(AppContext.BaseDirectory, "data"));

    public string File(string relative) => System.IO.Path.Combine(Path, relative);

    /// <summary>Reads data/&lt;name&gt; as JSON (camelCase keys; keys starting with "_" are comments).</summary>
    public T Read<T>(string name)
    {
        using var stream = System.IO.File.OpenRead(File(name));
        return JsonSerializer.Deserialize<T>(stream, StoreJson.Options)
            ?? throw new InvalidDataException($"{name} 为空。");
    }
}
