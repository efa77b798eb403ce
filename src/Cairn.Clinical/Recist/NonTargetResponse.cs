namespace Cairn.Clinical.Recist;

/// <summary>RECIST 1.1 non-target lesion response at one time point (S16). Zero is NE.</summary>
public enum NonTargetResponse
{
    /// <summary>NE: not all non-target lesions (or a needed marker result) were evaluated.</summary>
    NotEvaluable = 0,

    /// <summary>CR: all non-target lesions gone, all nodes under 10 mm, tumour markers normal.</summary>
    CompleteResponse = 1,

    /// <summary>Non-CR/non-PD: one or more non-target lesions persist, or markers stay above normal.</summary>
    NonCRNonPD = 2,

    /// <summary>PD: unequivocal progression of existing non-target lesions.</summary>
    ProgressiveDisease = 3,
}
