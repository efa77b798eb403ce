namespace Cairn.Core.Answers;

/// <summary>How soon a person should seek care, from most to least urgent.</summary>
public enum UrgencyLevel
{
    /// <summary>No red flag was found.</summary>
    None = 0,

    /// <summary>Call the care team (same day, during opening hours or the on-call line).</summary>
    CallTeam = 1,

    /// <summary>Needs review urgently (call now, or be seen within 24 hours).</summary>
    Urgent = 2,

    /// <summary>Call emergency services or go to the emergency department now.</summary>
    Emergency = 3,
}
