namespace Cairn.Core.Profiles;

public sealed record BiomarkerInfo(ReceptorInfo Er, ReceptorInfo Pr, Her2Info Her2)
{
    public static BiomarkerInfo Empty { get; } = new(new(null, null), new(null, null), new(null, null, new(null, null, null, null)));
}
