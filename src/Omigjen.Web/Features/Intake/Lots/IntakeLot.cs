namespace Omigjen.Web.Features.Intake.Lots;

/// <summary>
/// Goods handed in at a station and registered together: one category, a count, a weight. The device that registers
/// it makes the <see cref="IdempotencyKey"/>, unique in the database, so a registration sent again is stored once.
/// </summary>
public sealed class IntakeLot
{
    public long Id { get; set; }
    public int StationId { get; set; }
    public Guid IdempotencyKey { get; set; }
    public IntakeCategory Category { get; set; }
    public int Count { get; set; }
    public decimal WeightKg { get; set; }
    public WeightSource WeightSource { get; set; }
    public LotCondition Condition { get; set; }
    public string? Notes { get; set; }

    /// <summary>Set when the goods must not be passed on; the lot is then <see cref="LotState.RefusedForSafety"/>.</summary>
    public SafetyKind? Safety { get; set; }

    public LotState State { get; set; }

    /// <summary>The standing pickup that takes it, once the intake job has attached it.</summary>
    public long? PickupId { get; set; }

    /// <summary>Who registered it; null when the account is deleted.</summary>
    public string? RegisteredById { get; set; }

    public DateTime RegisteredAt { get; set; }

    /// <summary>When the person who registered it took it back (a mistake); an undone lot counts nowhere.</summary>
    public DateTime? UndoneAt { get; set; }

    public List<IntakeLotPhoto> Photos { get; set; } = [];
}

/// <summary>A photo of a lot, stored like item photos (several sizes under one key).</summary>
public sealed class IntakeLotPhoto
{
    public long Id { get; set; }
    public long LotId { get; set; }
    public required string Key { get; set; }
    public int Width { get; set; }
    public int Height { get; set; }
}

public static class IntakeLotQueries
{
    /// <summary>Lots that count: not taken back by the person who registered them.</summary>
    public static IQueryable<IntakeLot> Active(this IQueryable<IntakeLot> lots) => lots.Where(l => l.UndoneAt == null);
}
