namespace Cairn.Clinical.Recist;

/// <summary>RECIST 1.1 target lesion response at one time point (S16). Zero is NE, so an unset value never claims a response.</summary>
public enum TargetResponse
{
    /// <summary>NE: not all target lesions were evaluated.</summary>
    NotEvaluable = 0,

    /// <summary>CR: all non-nodal targets gone and every pathological node (target or not) under 10 mm short axis.</summary>
    CompleteResponse = 1,

    /// <summary>PR: sum at least 30% below the baseline sum.</summary>
    PartialResponse = 2,

    /// <summary>SD: neither PR nor PD.</summary>
    StableDisease = 3,

    /// <summary>PD: sum at least 20% above the nadir (smallest sum on study, may be baseline) and at least 5 mm higher.</summary>
    ProgressiveDisease = 4,
}
