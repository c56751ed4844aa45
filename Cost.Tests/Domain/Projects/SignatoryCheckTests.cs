using System.Collections.Immutable;
using Cost.Domain.Credit;
using Cost.Domain.Projects;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Cost.Tests.Domain.Projects;

public class SignatoryCheckTests
{
    private static readonly ImmutableArray<CostEngineer> Register =
    [
        new("赵明远", "建[造]16610000123"),
        new("孙丽华", "建[造]16610000456"),
        new("王伟", "陕1612000001"),
        new("王伟", "陕1612000002"),
    ];

    [Fact]
    public void A_name_alone_is_found_with_its_number_and_a_number_written_otherwise_is_the_same_number()
    {
        var (resolved, refusal) = SignatoryCheck.Resolve(new(new Signatory("赵 明远"), new Signatory("孙丽华", "建［造］16610000456")), Register, required: true);

        Assert.Null(refusal);
        Assert.Equal(new Signatories(new Signatory("赵明远", "建[造]16610000123"), new Signatory("孙丽华", "建[造]16610000456")), resolved);
    }

    [Theory]
    [InlineData("李雷", null, "编制人“李雷”不是编制单位在册的注册造价工程师")]
    [InlineData("李雷", "建[造]16610000123", "编制人注册号 建[造]16610000123 在册姓名为“赵明远”")]
    [InlineData("王伟", null, "请写明编制人的注册号")]
    [InlineData("赵明远", "建[造]99999999999", "编制人赵明远（建[造]99999999999）不是编制单位在册的注册造价工程师")]
    public void Who_is_not_on_the_register_is_named(string name, string? number, string expected)
    {
        var (resolved, refusal) = SignatoryCheck.Resolve(new(new Signatory(name, number), null), Register, required: false);

        Assert.Null(resolved);
        Assert.Contains(expected, refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_engineer_cannot_compile_and_review()
    {
        var (_, refusal) = SignatoryCheck.Resolve(new(new Signatory("孙丽华"), new Signatory("孙丽华", "建[造]16610000456")), Register, required: false);

        Assert.Contains("不能是同一人", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Naming_nobody_is_refused_only_where_both_are_required()
    {
        Assert.Equal((Signatories.None, (string?)null), SignatoryCheck.Resolve(Signatories.None, Register, required: false));
        Assert.Contains("未填写编制人和复核人", SignatoryCheck.Resolve(Signatories.None, Register, required: true).Refusal, StringComparison.Ordinal);
        Assert.Contains("未填写复核人", SignatoryCheck.Resolve(new(new Signatory("赵明远"), null), Register, required: true).Refusal, StringComparison.Ordinal);
    }

    /// <summary>Law: whatever is stated, an accepted signatory is an engineer of the register, and an accepted pair is two people.</summary>
    [Property]
    public Property Accepted_signatories_are_always_on_the_register()
    {
        var people = Gen.Elements(
            null, new Signatory("赵明远"), new Signatory("王伟"), new Signatory("李雷"), new Signatory("孙丽华", "建[造]16610000456"),
            new Signatory("孙丽华", "建[造]16610000123"), new Signatory("王伟", "陕1612000002"), new Signatory("某某", "X1234567"));
        var stated = Gen.Zip(people, people).Select(p => new Signatories(p.Item1, p.Item2));
        return Prop.ForAll(stated.ToArbitrary(), Gen.Elements(true, false).ToArbitrary(), (s, required) =>
        {
            var (resolved, refusal) = SignatoryCheck.Resolve(s, Register, required);
            if (resolved is null)
            {
                return refusal is { Length: > 0 };
            }

            var named = new[] { resolved.Compiler, resolved.Reviewer }.OfType<Signatory>().ToList();
            return refusal is null
                && named.All(p => Register.Contains(new CostEngineer(p.Name, p.RegistrationNumber!)))
                && named.Select(p => p.RegistrationNumber).Distinct().Count() == named.Count
                && (resolved.Compiler is null) == (s.Compiler is null) && (resolved.Reviewer is null) == (s.Reviewer is null)
                && (!required || named.Count == 2);
        });
    }
}
