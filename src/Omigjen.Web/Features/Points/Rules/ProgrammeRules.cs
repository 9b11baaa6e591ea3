namespace Omigjen.Web.Features.Points.Rules;

/// <summary>
/// The points programme's rules, one row (Id 1) edited by an administrator. Until the row is written the defaults
/// apply. Caps are in points.
/// </summary>
public sealed class ProgrammeRules
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;
    public int BuyingUsedPoints { get; set; } = 10;
    public int LoanPoints { get; set; } = 10;
    public int RepairPoints { get; set; } = 20;
    public int HandInPoints { get; set; } = 5;
    public int ActivityPoints { get; set; } = 10;
    public int ResidentDailyCap { get; set; } = 50;
    public int ResidentMonthlyCap { get; set; } = 300;
    public int IssuerDailyCap { get; set; } = 1000;
    public int CodeLifetimeMinutes { get; set; } = 15;
    public int PointsLifetimeMonths { get; set; } = 12;
    public DateTime? UpdatedAt { get; set; }

    public int PointsFor(PointsAction action) => action switch
    {
        PointsAction.BuyingUsed => BuyingUsedPoints,
        PointsAction.Loan => LoanPoints,
        PointsAction.Repair => RepairPoints,
        PointsAction.HandIn => HandInPoints,
        PointsAction.Activity => ActivityPoints,
        _ => 0,
    };
}
