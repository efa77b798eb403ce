using Cairn.Clinical.Her2;
using FsCheck;
using FsCheck.Fluent;

namespace Cairn.Clinical.Tests.Her2;

/// <summary>ONCOLOGY_RULES.md §1.2: dual-probe ISH groups, inclusive boundaries, total over non-negative finite input.</summary>
public sealed class Her2IshGroupTests
{
    [Theory]
    [InlineData("R 2.0, CN 4.0: both boundaries inclusive", 2.0, 4.0, Her2IshGroup.Group1)]
    [InlineData("R 2.0, CN 3.99", 2.0, 3.99, Her2IshGroup.Group2)]
    [InlineData("R 2.0, CN 0", 2.0, 0.0, Her2IshGroup.Group2)]
    [InlineData("R 2.0, CN 6.0", 2.0, 6.0, Her2IshGroup.Group1)]
    [InlineData("R 1.99, CN 4.0", 1.99, 4.0, Her2IshGroup.Group4)]
    [InlineData("R 1.99, CN 5.99", 1.99, 5.99, Her2IshGroup.Group4)]
    [InlineData("R 1.99, CN 6.0", 1.99, 6.0, Her2IshGroup.Group3)]
    [InlineData("R 1.99, CN 3.99", 1.99, 3.99, Her2IshGroup.Group5)]
    [InlineData("R 0, CN 0", 0.0, 0.0, Her2IshGroup.Group5)]
    [InlineData("R 0, CN 10", 0.0, 10.0, Her2IshGroup.Group3)]
    [InlineData("R 8.5, CN 20", 8.5, 20.0, Her2IshGroup.Group1)]
    [InlineData("R 2.01, CN 4.01", 2.01, 4.01, Her2IshGroup.Group1)]
    public void GivenRatioAndCopies_WhenGrouping_ThenGroupFollowsFigure3(string caseId, double ratio, double copies, Her2IshGroup expected)
    {
        Assert.True(expected == Her2Classifier.GroupIsh(ratio, copies), caseId);
    }

    [Fact]
    public void GivenValuesJustBelowTheCutoffs_WhenGrouping_ThenTheyFallOnTheLowerSide()
    {
        var justBelowTwo = Math.BitDecrement(2.0);
        var justBelowFour = Math.BitDecrement(4.0);
        var justBelowSix = Math.BitDecrement(6.0);

        Assert.Equal(Her2IshGroup.Group5, Her2Classifier.GroupIsh(justBelowTwo, justBelowFour));
        Assert.Equal(Her2IshGroup.Group4, Her2Classifier.GroupIsh(justBelowTwo, justBelowSix));
        Assert.Equal(Her2IshGroup.Group2, Her2Classifier.GroupIsh(2.0, justBelowFour));
    }

    [Theory]
    [InlineData("negative ratio", -0.1, 4.0, "ratio")]
    [InlineData("negative copies", 2.0, -1.0, "averageCopyNumber")]
    [InlineData("NaN ratio", double.NaN, 4.0, "ratio")]
    [InlineData("NaN copies", 2.0, double.NaN, "averageCopyNumber")]
    [InlineData("infinite ratio", double.PositiveInfinity, 4.0, "ratio")]
    [InlineData("infinite copies", 2.0, double.PositiveInfinity, "averageCopyNumber")]
    [InlineData("negative infinite ratio", double.NegativeInfinity, 4.0, "ratio")]
    public void GivenInvalidValue_WhenGrouping_ThenArgumentOutOfRangeNamesIt(string caseId, double ratio, double copies, string paramName)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Her2Classifier.GroupIsh(ratio, copies));
        Assert.True(paramName == error.ParamName, caseId);
    }

    [Fact]
    public void GivenAnyNonNegativeFinitePair_WhenGrouping_ThenExactlyOneTableRowHoldsAndItIsTheGroupReturned()
    {
        // Boundary values are over-sampled; the rest covers small, typical and very large numbers.
        var boundaries = Gen.Elements(
            0.0, double.Epsilon, 1.0, Math.BitDecrement(2.0), 2.0, Math.BitIncrement(2.0), 1.99, 2.01,
            Math.BitDecrement(4.0), 4.0, Math.BitIncrement(4.0), 3.99, 4.01,
            Math.BitDecrement(6.0), 6.0, Math.BitIncrement(6.0), 5.99, 6.01, double.MaxValue);
        var hundredths = Gen.Choose(0, 2000).Select(n => n / 100.0);
        var anyMagnitude = ArbMap.Default.GeneratorFor<NormalFloat>().Select(f => Math.Abs(f.Get));
        var value = Gen.OneOf(boundaries, hundredths, anyMagnitude).ToArbitrary();

        Prop.ForAll(value, value, (ratio, copies) =>
        {
            bool[] rows =
            [
                ratio >= 2.0 && copies >= 4.0,                  // group 1
                ratio >= 2.0 && copies < 4.0,                   // group 2
                ratio < 2.0 && copies >= 6.0,                   // group 3
                ratio < 2.0 && copies >= 4.0 && copies < 6.0,   // group 4
                ratio < 2.0 && copies < 4.0,                    // group 5
            ];
            var group = Her2Classifier.GroupIsh(ratio, copies);

            return rows.Count(holds => holds) == 1 && rows[(int)group - 1];
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void GivenAnyNegativeOrNonFiniteValue_WhenGrouping_ThenItIsRejected()
    {
        var bad = Gen.OneOf(
            Gen.Elements(double.NaN, double.PositiveInfinity, double.NegativeInfinity, -double.Epsilon, -0.01),
            ArbMap.Default.GeneratorFor<NormalFloat>().Select(f => -Math.Abs(f.Get) - double.Epsilon)).ToArbitrary();
        var good = Gen.Choose(0, 1000).Select(n => n / 100.0).ToArbitrary();

        Prop.ForAll(bad, good, (invalid, valid) =>
            Throws(() => Her2Classifier.GroupIsh(invalid, valid)) && Throws(() => Her2Classifier.GroupIsh(valid, invalid)))
            .QuickCheckThrowOnFailure();

        static bool Throws(Action action)
        {
            try
            {
                action();
                return false;
            }
            catch (ArgumentOutOfRangeException)
            {
                return true;
            }
        }
    }
}
