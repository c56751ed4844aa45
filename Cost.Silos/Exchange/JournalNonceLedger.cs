using System.Globalization;
using System.Text;

namespace Cost.Silos.Exchange;

/// <summary>
/// Embedded mode's nonce ledger. Embedded mode has one web front (the silo is co-hosted in it), so the process itself
/// decides: it keeps the nonces of the window in memory and, before it answers, appends each accepted one to a journal in
/// a folder beside the store file — one short line written to the file system without forcing the disk, as the store's
/// own commits are written. A restarted process reads the journal back, so a replay is still refused after a restart or a
/// crash (a power failure of the machine can lose the last lines; timestamps are refused past 300 s anyway).
/// <para>
/// Why not a table: an upsert per nonce into the store's unique index wrote a random page of the store per request and
/// took more time than the rest of the signed read together. The journal is one file per window-long segment; a segment
/// goes when every nonce in it is older than the window. One process at a time holds the folder: a second one on the same
/// store is refused at its first signed request, instead of letting replays through.
/// </para>
/// </summary>
public sealed class JournalNonceLedger : INonceLedger, IDisposable
{
    private const string LockFile = "ledger.lock";

    private static readonly long WindowSeconds = (long)INonceLedger.Window.TotalSeconds;
    private static readonly Task<bool> Fresh = Task.FromResult(true);
    private static readonly Task<bool> Replay = Task.FromResult(false);

    private readonly string? _folder;
    private readonly Lock _gate = new();
    private readonly Dictionary<(string Client, string Nonce), long> _seen = [];
    private FileStream? _lock;
    private FileStream? _segment;
    private long _segmentIndex = long.MinValue;
    private bool _loaded;
    private bool _disposed;

    /// <param name="folder">The journal's folder; null keeps the nonces in memory only (a store that is itself in memory).</param>
    public JournalNonceLedger(string? folder) => _folder = folder;

    /// <summary>The journal's folder for a store file: beside it, as SQLite's own -wal and -shm files are.</summary>
    public static string FolderFor(string storeFile) => storeFile + "-nonces";

    public Task<bool> TryUseAsync(string clientId, string nonce, DateTimeOffset now) =>
        TryUse(clientId, nonce, now.ToUnixTimeSeconds()) ? Fresh : Replay;

    public void Dispose()
    {
        lock (_gate)
        {
            _segment?.Dispose();
            _lock?.Dispose();
            (_segment, _lock, _disposed) = (null, null, true);
        }
    }

    private bool TryUse(string clientId, string nonce, long now)
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (!_loaded)
            {
                Load(now);
                _loaded = true;
            }

            var key = (clientId, nonce);
            if (_seen.TryGetValue(key, out var seenAt) && seenAt >= now - WindowSeconds)
            {
                return false;
            }

            // Written before it counts and before the request goes on: a nonce the process answered is in the journal.
            Append(clientId, nonce, now);
            _seen[key] = now;
            return true;
        }
    }

    /// <summary>Takes the folder for this process and reads back the nonces still within the window.</summary>
    private void Load(long now)
    {
        if (_folder is null)
        {
            return;
        }

        Directory.CreateDirectory(_folder);
        try
        {
            _lock = new FileStream(Path.Combine(_folder, LockFile), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e)
        {
            throw new InvalidOperationException($"交易平台接口的防重放记录（{_folder}）正被另一个进程使用：同一个嵌入式数据库只能由一个进程提供服务。", e);
        }

        // Older segments hold nothing within the window; the next rotation deletes them.
        foreach (var (_, path) in Segments().Where(s => s.Index >= Segment(now) - 1))
        {
            foreach (var (client, nonce, seenAt) in Read(path))
            {
                if (seenAt >= now - WindowSeconds && (!_seen.TryGetValue((client, nonce), out var known) || known < seenAt))
                {
                    _seen[(client, nonce)] = seenAt;
                }
            }
        }
    }

    private void Append(string clientId, string nonce, long now)
    {
        if (_folder is null)
        {
            return;
        }

        if (Segment(now) > _segmentIndex)
        {
            Rotate(now);
        }

        // Client ids come from the configuration; escaped, a line holds no space or line break but its separators.
        _segment!.Write(Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{now} {Uri.EscapeDataString(clientId)} {nonce}\n")));
    }

    /// <summary>Starts the segment of <paramref name="now"/>; segments and entries older than the window go.</summary>
    private void Rotate(long now)
    {
        _segment?.Dispose();
        _segmentIndex = Segment(now);
        _segment = new FileStream(Path.Combine(_folder!, $"{_segmentIndex}.log"), FileMode.Append, FileAccess.Write, FileShare.Read, bufferSize: 0);
        if (_segment.Length > 0 && EndsCutShort(_segment.Name))
        {
            // A line cut short by a crash ends here, so that the next one starts on a line of its own.
            _segment.Write("\n"u8);
        }

        foreach (var (index, path) in Segments())
        {
            if (index < _segmentIndex - 1)
            {
                File.Delete(path);
            }
        }

        foreach (var key in _seen.Where(e => e.Value < now - WindowSeconds).Select(e => e.Key).ToList())
        {
            _seen.Remove(key);
        }
    }

    private static bool EndsCutShort(string path)
    {
        using var read = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        read.Seek(-1, SeekOrigin.End);
        return read.ReadByte() != '\n';
    }

    /// <summary>Every nonce of segment n was seen before (n + 1) windows; all of them are older than the window from n + 2 on.</summary>
    private static long Segment(long seconds) => seconds / WindowSeconds;

    private List<(long Index, string Path)> Segments()
    {
        var segments = new List<(long, string)>();
        foreach (var path in Directory.EnumerateFiles(_folder!, "*.log"))
        {
            if (long.TryParse(Path.GetFileNameWithoutExtension(path), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var index))
            {
                segments.Add((index, path));
            }
        }

        return segments;
    }

    /// <summary>The complete lines of a segment; a line cut short by a crash (no line break) is not a nonce the process answered.</summary>
    private static IEnumerable<(string Client, string Nonce, long SeenAt)> Read(string path)
    {
        var text = File.ReadAllText(path, Encoding.ASCII);
        var lines = text.Split('\n');
        foreach (var line in lines.Take(lines.Length - 1))
        {
            var parts = line.Split(' ');
            if (parts.Length == 3 && long.TryParse(parts[0], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var seenAt))
            {
                yield return (Uri.UnescapeDataString(parts[1]), parts[2], seenAt);
            }
        }
    }
}
