using System.Collections.Immutable;
using System.Security.Cryptography;
using Cost.Contracts;
using Cost.Domain.Credit;
using Cost.Silos.Hosting;
using Cost.Silos.Store;

namespace Cost.Silos.Grains;

/// <summary>What the firms' and the engineers' credit grains both need before a change: the periods on today's calendar, the files received.</summary>
internal static class CreditCommands
{
    /// <summary>The periods of a record's life on the working-day calendar as stored now (the bureau may have just edited it).</summary>
    public static async Task<CreditProcess> ProcessAsync(CreditProcessOptions periods, CalendarStore calendar) =>
        new(periods.NoticeWorkingDays, periods.PublicityDays, await calendar.ReadAsync().ConfigureAwait(false));

    /// <summary>The files as the record names them, and their bytes to store beside it.</summary>
    public static (ImmutableArray<CreditAttachment> Attachments, ImmutableArray<AttachmentContent> Contents) Received(IReadOnlyList<CreditUpload> files)
    {
        var hashed = files.Select(f => (File: f, Sha: Convert.ToHexStringLower(SHA256.HashData(f.Content)))).ToList();
        return ([.. hashed.Select(h => new CreditAttachment(h.File.FileName, h.File.Content.LongLength, h.Sha))],
            [.. hashed.DistinctBy(h => h.Sha).Select(h => new AttachmentContent(h.Sha, h.File.ContentType, h.File.Content))]);
    }
}
