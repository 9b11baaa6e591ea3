namespace Omigjen.OpeningHours;

/// <summary>The sun's events used by <c>dawn</c>, <c>sunrise</c>, <c>sunset</c> and <c>dusk</c>.</summary>
public enum SunEvent
{
    /// <summary>Morning civil twilight begins: the sun's centre is 6° below the horizon.</summary>
    Dawn,

    /// <summary>The sun's upper limb appears: the centre is 0.833° below the horizon (refraction and radius).</summary>
    Sunrise,

    /// <summary>The sun's upper limb disappears.</summary>
    Sunset,

    /// <summary>Evening civil twilight ends.</summary>
    Dusk,
}
