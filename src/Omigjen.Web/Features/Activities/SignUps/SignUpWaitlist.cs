using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Activities.SignUps.Notices;

namespace Omigjen.Web.Features.Activities.SignUps;

/// <summary>
/// Cancelling, and the waiting list that follows from it: freed places go to the first in line whose places fit, as
/// an offer that holds them for the series' <see cref="ActivitySeries.OfferHours"/> (never past the start). An offer
/// accepted in time is a confirmed sign-up; one that runs out lapses and the places go on to the next.
/// </summary>
public sealed class SignUpWaitlist(AppDbContext db, TimeProvider time, SignUpNotices notices)
{
    private static readonly SignUpStatus[] Active = [SignUpStatus.Unconfirmed, SignUpStatus.Confirmed, SignUpStatus.Waiting, SignUpStatus.Offered];

    /// <summary>The resident cancels one of their own sign-ups.</summary>
    public async Task<SignUpResult> CancelAsync(long signUpId, string userId, CancellationToken ct = default)
    {
        var signUp = await db.ActivitySignUps.AsNoTracking().FirstOrDefaultAsync(s => s.Id == signUpId && s.UserId == userId, ct);
        return signUp is null ? new(null, SignUpError.UnknownSignUp) : await CancelAsync(signUp, ct);
    }

    /// <summary>
    /// Cancels the sign-up before the occasion starts: its places are given back in the same transaction, and then
    /// offered to the waiting list.
    /// </summary>
    public async Task<SignUpResult> CancelAsync(ActivitySignUp signUp, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(signUp);
        var now = time.GetUtcNow().UtcDateTime;
        var start = await db.ActivityOccasions.Where(o => o.Id == signUp.OccasionId).Select(o => o.StartUtc).FirstAsync(ct);
        if (start <= now) return new(signUp, SignUpError.OccasionPast);
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            var held = signUp.Status is SignUpStatus.Confirmed or SignUpStatus.Offered;
            var cancelled = await db.ActivitySignUps.Where(s => s.Id == signUp.Id && s.Status == signUp.Status && Active.Contains(s.Status))
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, SignUpStatus.Cancelled).SetProperty(x => x.WaitPosition, (int?)null)
                    .SetProperty(x => x.OfferExpiresAt, (DateTime?)null).SetProperty(x => x.UpdatedAt, now), ct);
            if (cancelled == 0) return new(signUp, SignUpError.WrongState);
            if (held && signUp.Places > 0) await SignUpService.FreePlacesAsync(db, signUp.OccasionId, signUp.Places, ct);
            await tx.CommitAsync(ct);
        }
        signUp.Status = SignUpStatus.Cancelled;
        signUp.WaitPosition = null;
        await PromoteAsync(signUp.OccasionId, ct);
        return new(signUp);
    }

    /// <summary>The person takes the offered places before the deadline: the sign-up is confirmed.</summary>
    public async Task<SignUpResult> AcceptOfferAsync(ActivitySignUp signUp, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(signUp);
        var now = time.GetUtcNow().UtcDateTime;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var accepted = await db.ActivitySignUps.Where(s => s.Id == signUp.Id && s.Status == SignUpStatus.Offered && s.OfferExpiresAt > now)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, SignUpStatus.Confirmed).SetProperty(x => x.OfferExpiresAt, (DateTime?)null)
                .SetProperty(x => x.UpdatedAt, now), ct);
        if (accepted == 0) return new(signUp, SignUpError.WrongState);
        signUp.Status = SignUpStatus.Confirmed;
        signUp.OfferExpiresAt = null;
        await notices.AddAsync(SignUpConfirmedNotice.Name, signUp, ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new(signUp);
    }

    /// <summary>The resident accepts an offer on one of their own sign-ups.</summary>
    public async Task<SignUpResult> AcceptOfferAsync(long signUpId, string userId, CancellationToken ct = default)
    {
        var signUp = await db.ActivitySignUps.AsNoTracking().FirstOrDefaultAsync(s => s.Id == signUpId && s.UserId == userId, ct);
        return signUp is null ? new(null, SignUpError.UnknownSignUp) : await AcceptOfferAsync(signUp, ct);
    }

    /// <summary>
    /// Offers free places to the waiting list of the occasion, in order of position: each waiting sign-up whose places
    /// fit gets them (one guarded UPDATE) and an offer. Returns the number of offers made.
    /// </summary>
    public async Task<int> PromoteAsync(long occasionId, CancellationToken ct = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var occasion = await db.ActivityOccasions.AsNoTracking().Include(o => o.Series).FirstOrDefaultAsync(o => o.Id == occasionId, ct);
        if (occasion?.Series is null || SignUpService.Refusal(occasion, now) is not null) return 0;
        var offers = 0;
        var waiting = await db.ActivitySignUps.AsNoTracking()
            .Where(s => s.OccasionId == occasionId && s.Status == SignUpStatus.Waiting)
            .OrderBy(s => s.WaitPosition).ThenBy(s => s.Id).Take(200).ToListAsync(ct);
        foreach (var signUp in waiting)
        {
            if (occasion.Capacity is { } capacity)
            {
                var taken = await db.ActivityOccasions.Where(o => o.Id == occasionId).Select(o => o.Taken).FirstAsync(ct);
                if (taken >= capacity) break;
            }
            if (await OfferAsync(signUp, occasion, now, ct)) offers++;
        }
        return offers;
    }

    /// <summary>
    /// Offers places that are free while people wait (freed outside the waiting list, e.g. by a deleted account).
    /// </summary>
    public async Task<int> PromoteWhereFreeAsync(CancellationToken ct = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var occasions = await db.ActivityOccasions.AsNoTracking()
            .Where(o => o.StartUtc > now && o.Status != OccasionStatus.Cancelled && (o.Capacity == null || o.Taken < o.Capacity)
                && db.ActivitySignUps.Any(s => s.OccasionId == o.Id && s.Status == SignUpStatus.Waiting))
            .OrderBy(o => o.StartUtc).Select(o => o.Id).Take(200).ToListAsync(ct);
        var offers = 0;
        foreach (var id in occasions) offers += await PromoteAsync(id, ct);
        return offers;
    }

    private async Task<bool> OfferAsync(ActivitySignUp signUp, ActivityOccasion occasion, DateTime now, CancellationToken ct)
    {
        var expires = now.AddHours(Math.Max(1, occasion.Series!.OfferHours));
        if (expires > occasion.StartUtc) expires = occasion.StartUtc;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (!await SignUpService.TakePlacesAsync(db, occasion.Id, signUp.Places, ct)) return false;
        var offered = await db.ActivitySignUps.Where(s => s.Id == signUp.Id && s.Status == SignUpStatus.Waiting)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, SignUpStatus.Offered).SetProperty(x => x.OfferExpiresAt, expires)
                .SetProperty(x => x.UpdatedAt, now), ct);
        if (offered == 0)
        {
            await tx.RollbackAsync(ct); // left the line meanwhile: the places stay free
            return false;
        }
        signUp.Status = SignUpStatus.Offered;
        signUp.OfferExpiresAt = expires;
        await notices.AddAsync(SignUpOfferedNotice.Name, signUp, ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return true;
    }

    /// <summary>Ends the offers whose deadline has passed, gives their places back and offers them on. Returns how many lapsed.</summary>
    public async Task<int> LapseExpiredOffersAsync(CancellationToken ct = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var expired = await db.ActivitySignUps.AsNoTracking()
            .Where(s => s.Status == SignUpStatus.Offered && s.OfferExpiresAt <= now)
            .OrderBy(s => s.OfferExpiresAt).Take(500).ToListAsync(ct);
        var lapsed = 0;
        foreach (var signUp in expired)
        {
            await using (var tx = await db.Database.BeginTransactionAsync(ct))
            {
                var ended = await db.ActivitySignUps.Where(s => s.Id == signUp.Id && s.Status == SignUpStatus.Offered && s.OfferExpiresAt <= now)
                    .ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, SignUpStatus.Lapsed).SetProperty(x => x.UpdatedAt, now), ct);
                if (ended == 0) continue;
                if (signUp.Places > 0) await SignUpService.FreePlacesAsync(db, signUp.OccasionId, signUp.Places, ct);
                await tx.CommitAsync(ct);
            }
            lapsed++;
            await PromoteAsync(signUp.OccasionId, ct);
        }
        return lapsed;
    }
}
