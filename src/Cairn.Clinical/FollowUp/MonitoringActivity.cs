namespace Cairn.Clinical.FollowUp;

/// <summary>A monitoring step for metastatic disease on therapy (§7.2).</summary>
public enum MonitoringActivity
{
    /// <summary>Clinical review: symptoms and examination.</summary>
    ClinicalReview = 0,

    /// <summary>Symptoms, examination and blood tests (before each chemotherapy cycle).</summary>
    SymptomsExaminationAndBloodTests = 1,

    /// <summary>CT of chest, abdomen and pelvis.</summary>
    CtChestAbdomenPelvis = 2,

    /// <summary>Bone scan.</summary>
    BoneScan = 3,

    /// <summary>The first check of how the treatment is working, counted from its start.</summary>
    FirstResponseAssessment = 4,

    /// <summary>Later checks of how the treatment is working.</summary>
    ResponseAssessment = 5,
}
