using System.Net.Mail;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Activities.SignUps.Notices;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Activities.SignUps;

/// <summary>
/// Signing up for one occasion. Places are taken with one guarded UPDATE of the occasion's <c>Taken</c> counter (the
/// database's check constraint backs it), so the capacity holds under any number of simultaneous sign-ups; who does
/// not get a place gets the next waiting-list position, handed out by a guarded UPDATE of <c>LastWaitPosition</c>.
/// A sign-up without an account holds nothing until its e-mail link is followed.
/// </summary>
public sealed class SignUpService(AppDbContext db, TimeProvider time, SignUpNotices notices, SignUpWaitlist waitlist)
{
    /// <summary>The most guests one person may bring (the database's check constraint).</summary>
    public const int MaxGuests = 20;

    public async Task<SignUpResult> SignUpAsync(SignUpRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var guests = request.Role == SignUpRole.Visitor ? request.Guests : 0;
        var occasion = await db.ActivityOccasions.AsNoTracking().Include(o => o.Series)
            .FirstOrDefaultAsync(o => o.Id == request.OccasionId, ct);
        if (occasion?.Series is null) return new(null, SignUpError.UnknownOccasion);
        var now = time.GetUtcNow().UtcDateTime;
        if (Refusal(occasion, now) is { } refused) return new(null, refused);
        if (guests < 0 || guests > MaxGuests || (occasion.Capacity is { } c && 1 + guests > c)) return new(null, SignUpError.TooManyGuests);

        string? email = null, name = null;
        if (request.UserId is null)
        {
            (name, email) = (Clean(request.Name), NormalizeEmail(request.Email));
            if (name is null || email is null) return new(null, SignUpError.NameAndEmailRequired);
        }
        if (await ExistingAsync(occasion.Id, request.UserId, email, ct) is { } existing) return new(existing, SignUpError.AlreadySignedUp);

        var signUp = new ActivitySignUp
        {
            OccasionId = occasion.Id, UserId = request.UserId, Name = name, Email = email, Role = request.Role, Guests = guests,
            Status = SignUpStatus.Unconfirmed, CreatedAt = now, UpdatedAt = now,
        };
        try
        {
            if (request.UserId is null)
            {
                // The link is made when the e-mail is sent (see ConfirmSignUpNotice); nothing is held until it is followed.
                db.ActivitySignUps.Add(signUp);
                await db.SaveChangesAsync(ct);
                await notices.AddAsync(ConfirmSignUpNotice.Name, signUp, ct);
                await db.SaveChangesAsync(ct);
                return new(signUp);
            }
            await PlaceAsync(signUp, existingRow: false, ct);
            return new(signUp);
        }
        catch (DbUpdateException e) when (IsDoubleSignUp(e))
        {
            // The same person signed up at the same moment: the unique index refused the second row, and the rollback took
            // back the places (or the waiting position) this attempt had taken.
            db.ChangeTracker.Clear();
            return new(await ExistingAsync(occasion.Id, request.UserId, email, ct), SignUpError.AlreadySignedUp);
        }
    }

    /// <summary>The person's active sign-up for the occasion (by account, or by e-mail without one), or null.</summary>
    private Task<ActivitySignUp?> ExistingAsync(long occasionId, string? userId, string? email, CancellationToken ct) =>
        db.ActivitySignUps.AsNoTracking()
            .Where(s => s.OccasionId == occasionId && s.Status != SignUpStatus.Cancelled && s.Status != SignUpStatus.Lapsed)
            .Where(s => userId != null ? s.UserId == userId : s.Email == email)
            .FirstOrDefaultAsync(ct);

    private static bool IsDoubleSignUp(DbUpdateException e) =>
        DatabaseErrors.IsUniqueViolation(e, ActivitySignUpConfiguration.ActiveByAccountIndex, "ActivitySignUps.UserId")
        || DatabaseErrors.IsUniqueViolation(e, ActivitySignUpConfiguration.ActiveByEmailIndex, "ActivitySignUps.Email");

    /// <summary>The e-mail link was followed: the sign-up takes its places, or its place in the waiting line.</summary>
    public async Task<SignUpResult> ConfirmAsync(string token, CancellationToken ct = default)
    {
        var signUp = await ByTokenAsync(token, ct);
        if (signUp is null) return new(null, SignUpError.UnknownSignUp);
        if (signUp.Status != SignUpStatus.Unconfirmed) return new(signUp); // followed twice: nothing more to do
        var occasion = await db.ActivityOccasions.AsNoTracking().Include(o => o.Series).FirstAsync(o => o.Id == signUp.OccasionId, ct);
        if (Refusal(occasion, time.GetUtcNow().UtcDateTime) is { } refused) return new(signUp, refused);
        await PlaceAsync(signUp, existingRow: true, ct);
        return new(signUp);
    }

    /// <summary>The sign-up behind a link, or null.</summary>
    public Task<ActivitySignUp?> ByTokenAsync(string? token, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 100) return Task.FromResult<ActivitySignUp?>(null);
        var hash = SignUpTokens.Hash(token);
        return db.ActivitySignUps.AsNoTracking().FirstOrDefaultAsync(s => s.TokenHash == hash, ct);
    }

    /// <summary>
    /// Takes the places (1 + guests; a volunteer none) with one guarded UPDATE; when they are not free, the next
    /// waiting-list position. Writes the sign-up (new or the unconfirmed row) and its notice in one transaction.
    /// </summary>
    private async Task PlaceAsync(ActivitySignUp signUp, bool existingRow, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var places = signUp.Places;
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            var taken = places == 0 || await TakePlacesAsync(db, signUp.OccasionId, places, ct);
            if (taken)
            {
                signUp.Status = SignUpStatus.Confirmed;
                signUp.WaitPosition = null;
            }
            else
            {
                await db.ActivityOccasions.Where(o => o.Id == signUp.OccasionId)
                    .ExecuteUpdateAsync(s => s.SetProperty(o => o.LastWaitPosition, o => o.LastWaitPosition + 1), ct);
                // Read inside the transaction that holds the row's write lock: no one else can have the same number.
                signUp.WaitPosition = await db.ActivityOccasions.Where(o => o.Id == signUp.OccasionId).Select(o => o.LastWaitPosition).FirstAsync(ct);
                signUp.Status = SignUpStatus.Waiting;
            }
            signUp.UpdatedAt = now;
            if (existingRow)
            {
                var moved = await db.ActivitySignUps.Where(s => s.Id == signUp.Id && s.Status == SignUpStatus.Unconfirmed)
                    .ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, signUp.Status).SetProperty(x => x.WaitPosition, signUp.WaitPosition)
                        .SetProperty(x => x.UpdatedAt, now), ct);
                if (moved == 0)
                {
                    await tx.RollbackAsync(ct); // confirmed twice at once: the other one did it
                    return;
                }
            }
            else
            {
                db.ActivitySignUps.Add(signUp);
                await db.SaveChangesAsync(ct);
            }
            await notices.AddAsync(taken ? SignUpConfirmedNotice.Name : SignUpWaitingNotice.Name, signUp, ct);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        // Places may have freed up while this sign-up joined the line.
        if (signUp.Status == SignUpStatus.Waiting) await waitlist.PromoteAsync(signUp.OccasionId, ct);
    }

    /// <summary>
    /// Adds <paramref name="places"/> to the occasion's <c>Taken</c> when they fit; false when they do not. The one
    /// guarded UPDATE is the whole check, so no two sign-ups can take the last place.
    /// </summary>
    public static async Task<bool> TakePlacesAsync(AppDbContext db, long occasionId, int places, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.ActivityOccasions
            .Where(o => o.Id == occasionId && (o.Capacity == null || o.Taken + places <= o.Capacity))
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.Taken, o => o.Taken + places), ct) == 1;
    }

    /// <summary>Gives places back (never below zero).</summary>
    public static Task<int> FreePlacesAsync(AppDbContext db, long occasionId, int places, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.ActivityOccasions.Where(o => o.Id == occasionId && o.Taken >= places)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.Taken, o => o.Taken - places), ct);
    }

    /// <summary>Why nobody can sign up for the occasion now, or null.</summary>
    public static SignUpError? Refusal(ActivityOccasion occasion, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(occasion);
        if (occasion.Status == OccasionStatus.Cancelled || occasion.Series?.Cancelled == true) return SignUpError.OccasionCancelled;
        if (occasion.StartUtc <= nowUtc) return SignUpError.OccasionPast;
        return null;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim()[..Math.Min(100, text.Trim().Length)];

    /// <summary>A trimmed, lower-cased address when it is one, or null.</summary>
    public static string? NormalizeEmail(string? email)
    {
        var trimmed = email?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > 254 || !MailAddress.TryCreate(trimmed, out var parsed) || parsed.Address != trimmed) return null;
        return trimmed.ToLowerInvariant();
    }
}
