namespace Cairn.Clinical.FollowUp;

/// <summary>Tests ASCO does not recommend for routine follow-up of people without symptoms after early breast cancer (S27).</summary>
public enum RoutineTest
{
    /// <summary>Complete blood count.</summary>
    BloodCounts = 0,

    /// <summary>Automated chemistry panels (e.g. liver function tests).</summary>
    ChemistryPanels = 1,

    /// <summary>Bone scan.</summary>
    BoneScan = 2,

    /// <summary>Chest X-ray.</summary>
    ChestXRay = 3,

    /// <summary>Liver ultrasound.</summary>
    LiverUltrasound = 4,

    /// <summary>Computed tomography (CT).</summary>
    ComputedTomography = 5,

    /// <summary>FDG-PET scan.</summary>
    FdgPet = 6,

    /// <summary>Breast MRI, outside specific indications.</summary>
    BreastMri = 7,

    /// <summary>Tumour markers: CEA, CA 15-3, CA 27.29.</summary>
    TumourMarkers = 8,
}
