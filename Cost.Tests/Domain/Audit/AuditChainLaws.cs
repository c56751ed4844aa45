using System.Collections.Immutable;
using Cost.Domain.Audit;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Cost.Tests.Domain.Audit;

/// <summary>
/// Laws of the audit chain: an untouched chain holds, and any single-field edit, deletion
/// or reorder of any entry is caught — an edit at the very entry edited.
/// </summary>
public class AuditChainLaws
{
    private const int Fields = 8;

    private static Gen<(string At, string Actor, string Action, string Subject, string Payload)> Change =>
        from minute in Gen.Choose(0, 59)
        from actor in Gen.Elements("bureau", "consultant", "platform", "seed", "system")
        from action in Gen.Elements("ceiling-price.filed", "info-prices.published", "credit.recorded", "config.changed")
        from subject in Gen.Elements("XA-2026-0001", "610100/2026-10", "91610113MA6W8K3Q77", "configuration")
        from total in Gen.Choose(0, 1_000_000)
        select ($"2026-11-02T09:{minute:00}:00.000+08:00", actor, action, subject, $$"""{"note":"备案","total":{{total}}.37}""");

    private static Arbitrary<Chain> Chains => Arb.From(Gen.NonEmptyListOf(Change).Select(changes => Chain.Of([.. changes])));

    /// <summary>An entry's index and a field (0 seq … 7 hash), within the chain.</summary>
    private static Arbitrary<(Chain Chain, int Index, int Field)> Edits => Arb.From(
        from chain in Chains.Generator
        from index in Gen.Choose(0, chain.Entries.Length - 1)
        from edited in Gen.Choose(0, Fields - 1)
        select (chain, index, edited));

    [Property(MaxTest = 300)]
    public Property An_untouched_chain_holds() =>
        Prop.ForAll(Chains, async chain => await VerifyAsync(chain.Entries, chain.Head) is { Ok: true } verdict && verdict.Entries == chain.Entries.Length);

    [Fact]
    public async Task The_empty_chain_of_a_new_store_holds() =>
        Assert.True((await VerifyAsync([], new AuditHead(0, AuditChain.Genesis))).Ok);

    /// <summary>Seq edits are read back in seq order, as the store reads them; a seq is never one the chain already has (it is the key).</summary>
    [Property(MaxTest = 500)]
    public Property Editing_any_field_of_any_entry_is_caught() =>
        Prop.ForAll(Edits, async e =>
        {
            var edited = e.Chain.Entries.SetItem(e.Index, Edit(e.Chain.Entries[e.Index], e.Field, e.Chain.Entries.Length));
            return !(await VerifyAsync([.. edited.OrderBy(r => r.Seq)], e.Chain.Head)).Ok;
        });

    [Property(MaxTest = 500)]
    public Property Editing_the_content_of_an_entry_names_that_entry() =>
        Prop.ForAll(Edits, async e =>
        {
            var field = 1 + e.Field % (Fields - 1);
            var verdict = await VerifyAsync(e.Chain.Entries.SetItem(e.Index, Edit(e.Chain.Entries[e.Index], field, e.Chain.Entries.Length)), e.Chain.Head);
            return verdict.FirstBroken?.Seq == e.Index + 1 && verdict.Entries == e.Index;
        });

    /// <summary>Whoever edits an entry and recomputes its hash is caught by the next entry's link, or by the head after the last.</summary>
    [Property(MaxTest = 300)]
    public Property An_edited_entry_with_its_hash_recomputed_is_caught_by_its_successor_or_the_head() =>
        Prop.ForAll(Edits, async e =>
        {
            var entry = e.Chain.Entries[e.Index];
            var forged = entry with { PayloadJson = entry.PayloadJson + " " };
            forged = forged with { Hash = AuditChain.Hash(forged.Seq, forged.OccurredAt, forged.Actor, forged.Action, forged.Subject, forged.PayloadJson, forged.PrevHash) };
            var verdict = await VerifyAsync(e.Chain.Entries.SetItem(e.Index, forged), e.Chain.Head);
            return verdict.FirstBroken?.Seq == Math.Min(e.Index + 2, e.Chain.Entries.Length);
        });

    [Property(MaxTest = 300)]
    public Property Deleting_any_entry_is_caught() =>
        Prop.ForAll(Edits, async e => !(await VerifyAsync(e.Chain.Entries.RemoveAt(e.Index), e.Chain.Head)).Ok);

    [Property(MaxTest = 300)]
    public Property Swapping_any_two_entries_is_caught() =>
        Prop.ForAll(Arb.From(Edits.Generator.Where(e => e.Chain.Entries.Length > 1)), async e =>
        {
            var other = (e.Index + 1 + e.Field % (e.Chain.Entries.Length - 1)) % e.Chain.Entries.Length;
            var entries = e.Chain.Entries;
            var swapped = entries.SetItem(e.Index, entries[other]).SetItem(other, entries[e.Index]);
            return !(await VerifyAsync(swapped, e.Chain.Head)).Ok;
        });

    [Fact]
    public void The_hash_is_SHA_256_of_the_fields_joined_by_line_breaks_as_the_README_recomputes_it()
    {
        // printf '%s\n%s\n%s\n%s\n%s\n%s\n%s' 1 2026-11-02T09:30:00.000+08:00 bureau ceiling-price.filed XA-2026-0001 '{…}' 000…0 | sha256sum
        var hash = AuditChain.Hash(1, "2026-11-02T09:30:00.000+08:00", "bureau", "ceiling-price.filed", "XA-2026-0001",
            """{"tenderCode":"XA-2026-0001","total":15357481.37,"version":1}""", AuditChain.Genesis);

        Assert.Equal("edda3dc7f138fc77e4b0148f7ff4ee98a2ff68c0e0a7200fbd9ce32fc53bbaa7", hash);
    }

    private static async Task<AuditVerdict> VerifyAsync(IEnumerable<AuditRecord> entries, AuditHead head) =>
        await AuditChain.VerifyAsync(entries.ToAsyncEnumerable(), head);

    /// <summary>The entry with one field changed: seq moved past the chain's end, any text field made different.</summary>
    private static AuditRecord Edit(AuditRecord r, int field, int length) => field switch
    {
        0 => r with { Seq = r.Seq + length },
        1 => r with { OccurredAt = r.OccurredAt + "Z" },
        2 => r with { Actor = r.Actor + "x" },
        3 => r with { Action = r.Action + "x" },
        4 => r with { Subject = r.Subject + "x" },
        5 => r with { PayloadJson = r.PayloadJson + " " },
        6 => r with { PrevHash = AuditChain.Hash(0, "", "", "", "", "", r.PrevHash) },
        _ => r with { Hash = AuditChain.Hash(0, "", "", "", "", "", r.Hash) },
    };

    /// <summary>A chain as the appender builds it, and its head.</summary>
    private sealed record Chain(ImmutableArray<AuditRecord> Entries, AuditHead Head)
    {
        public static Chain Of(ImmutableArray<(string At, string Actor, string Action, string Subject, string Payload)> changes)
        {
            var entries = ImmutableArray.CreateBuilder<AuditRecord>();
            var prev = AuditChain.Genesis;
            foreach (var (c, i) in changes.Select((c, i) => (c, i)))
            {
                var hash = AuditChain.Hash(i + 1, c.At, c.Actor, c.Action, c.Subject, c.Payload, prev);
                entries.Add(new AuditRecord(i + 1, c.At, c.Actor, c.Action, c.Subject, c.Payload, prev, hash));
                prev = hash;
            }

            return new Chain(entries.ToImmutable(), new AuditHead(changes.Length, prev));
        }
    }
}
