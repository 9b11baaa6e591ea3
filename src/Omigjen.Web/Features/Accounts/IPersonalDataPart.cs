using Omigjen.Web.Data;

namespace Omigjen.Web.Features.Accounts;

/// <summary>
/// What one feature holds about a person: its sections of the data export, whether it blocks deleting the account,
/// and what it removes or anonymises when the account goes. Each feature registers its own part, so the account
/// pages need not know the other features. Parts run in <see cref="Order"/>, inside the deleting transaction.
/// </summary>
public interface IPersonalDataPart
{
    /// <summary>Place among the parts for deletion checks and erasure; the lower runs first (and so locks first).</summary>
    int Order { get; }

    /// <summary>Adds this feature's sections to the export.</summary>
    Task ExportAsync(AppDbContext db, string userId, PersonalDataExport sections, CancellationToken ct);

    /// <summary>True while the account must not be deleted; may lock rows that the erasure then relies on.</summary>
    Task<bool> BlocksDeletionAsync(AppDbContext db, string userId, CancellationToken ct);

    /// <summary>Removes or anonymises this feature's rows before the account itself is deleted.</summary>
    Task EraseAsync(AppDbContext db, AppUser person, DateTime now, CancellationToken ct);

    /// <summary>After the deletion committed: follow-up work with transactions of its own (freed places offered on).</summary>
    Task AfterDeletionAsync(CancellationToken ct) => Task.CompletedTask;
}
