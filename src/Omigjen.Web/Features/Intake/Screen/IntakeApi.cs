using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Features.Intake.Lots;
using Omigjen.Web.Features.Intake.Stations;
using Omigjen.Web.Features.Items.Photos;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Forms;

namespace Omigjen.Web.Features.Intake.Screen;

/// <summary>A registration as the station screen shows it: the lot, a sentence for the screen and, for a refused kind, why.</summary>
public sealed record LotResponse(long Id, string Category, string? Safety, int Count, decimal WeightKg, string WeightSource, string State,
                                 DateTime RegisteredAt, DateTime UndoUntil, string Message, string? Reason);

/// <summary>
/// The station screen's script posts here: the form's own fields (multipart or URL-encoded) with the device's key and
/// the antiforgery token (form field or <c>RequestVerificationToken</c> header). The same key sent again answers
/// exactly as the first time, and stores nothing more.
/// </summary>
public static class IntakeApi
{
    public const string RegisterName = "RegisterIntakeLot";

    public static IEndpointRouteBuilder Map(IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapPost("/intake/stations/{slug}/lots", Register).WithName(RegisterName).WithTags("Intake")
            .RequireAuthorization(StationPolicy.Staff).RequireRateLimiting(RateLimiting.WritePolicy)
            .WithMetadata(new PhotoUploadLimitAttribute())
            .WithSummary("Register goods handed in at a station (station staff; idempotent per key)")
            .WithNorwegianSummary("Registrer varer levert på en stasjon (stasjonens ansatte; samme nøkkel lagres én gang)")
            .DisableAntiforgery();
        return endpoints;
    }

    private static async Task<Results<Created<LotResponse>, ProblemHttpResult>> Register(string slug, HttpContext http, AppDbContext db,
        IAntiforgery antiforgery, LotRegistration registration, LotPhotos photos, LinkGenerator links, CancellationToken ct)
    {
        if (!http.Request.HasFormContentType)
            return Problem(StatusCodes.Status415UnsupportedMediaType, "Send skjemaet som multipart/form-data.", "Send the form as multipart/form-data.");
        try
        {
            await antiforgery.ValidateRequestAsync(http);
        }
        catch (AntiforgeryValidationException)
        {
            return Problem(StatusCodes.Status400BadRequest, "Siden er for gammel. Last den på nytt.", "The page is too old. Reload it.");
        }
        var station = await db.Stations.AsNoTracking().FirstOrDefaultAsync(s => s.Slug == slug, ct);
        if (station is null) return Problems.NotFound($"Stasjon/station {slug}");
        var form = await http.Request.ReadFormAsync(ct);
        var errors = new ModelStateDictionary();
        var draft = LotForm.From(form).Read(errors);
        var stored = draft is null ? null : await photos.StoreAsync(errors, form.Files.GetFile(LotPhotos.FieldKey), ct);
        if (draft is null || !errors.IsValid)
        {
            if (stored is not null) await photos.DiscardAsync(stored);
            return Problems.BadParameters(errors.Summary().All.Select(e => new QueryError(e.Field, e.Nb, e.En)).ToList());
        }
        var result = await registration.RegisterAsync(station.Id, draft, http.User.UserId()!, stored, ct);
        if (result.Receipt is not { } receipt)
            return Problem(StatusCodes.Status409Conflict, LotPhotos.KeyConflict.Nb, LotPhotos.KeyConflict.En);
        var location = links.GetPathByPage(http, "/Intake/Screen/Register", values: new { slug, registrert = receipt.Id }) ?? "";
        return TypedResults.Created(location, Response(receipt));
    }

    public static LotResponse Response(LotReceipt r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new(r.Id, IntakeCategories.Of(r.Category).Token, r.Safety is { } s ? SafetyRefusals.Of(s).Token : null, r.Count, r.WeightKg,
            r.WeightSource.ToString().ToLowerInvariant(), r.State.ToString(), r.RegisteredAt, LotRules.UndoUntil(r.RegisteredAt), LotText.Confirmation(r),
            r.Safety is { } k ? SafetyRefusals.Of(k).Reason : null);
    }

    private static ProblemHttpResult Problem(int status, string nb, string en) =>
        TypedResults.Problem(title: $"{nb} / {en}", detail: L.T(nb, en), statusCode: status);
}
