using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Features.Initiatives.Members;
using Omigjen.Web.Features.Points.Issuers;
using Omigjen.Web.Features.Points.Rules;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Points.Codes;

/// <summary>
/// The counter's points page (any member): one tap on an action gives a code for one act, shown as a QR code of the
/// claim page and as eight characters. Owners ask to join the programme here.
/// </summary>
public sealed class IssueModel(AppDbContext db, InitiativeAccess access, CodeIssuing issuing, IssuerDecisions decisions, MunicipalClock clock,
    IOptions<SiteOptions> site) : InitiativePageModel(db, access)
{
    public IssuerStatus? Status { get; private set; }
    public ProgrammeRules Rules { get; private set; } = new();
    public CodeIssuing.Issued? Issued { get; private set; }
    public string? ClaimUrl { get; private set; }
    public string? Qr { get; private set; }
    public string? Notice { get; private set; }
    public int IssuedToday { get; private set; }
    public int ClaimedToday { get; private set; }
    public MunicipalClock Clock => clock;

    public async Task OnGetAsync(string slug, string? sendt, CancellationToken ct)
    {
        if (sendt is not null) Notice = L.T("Forespørselen er sendt. Kommunen godkjenner tiltaket før dere kan gi poeng.", "The request is sent. The municipality approves the initiative before you can give points.");
        await PrepareAsync(ct);
    }

    /// <param name="reference">The recorded act the code is for, when the act's own page offers the code (an item sold).</param>
    public async Task<IActionResult> OnPostIssueAsync(string slug, PointsAction action, string? reference, CancellationToken ct)
    {
        if (!Enum.IsDefined(action) || (reference is not null && !PointsReference.IsValid(reference))) return BadRequest();
        Issued = await issuing.IssueAsync(Initiative.Id, action, User.UserId(), ct, reference);
        if (Issued is null)
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
            Notice = null;
        }
        else
        {
            ClaimUrl = site.Value.Link(Url.Page("/Points/Codes/Claim", new { code = Issued.Code })!);
            Qr = QrSvg.For(ClaimUrl);
        }
        await PrepareAsync(ct);
        return Page();
    }

    [OwnersOnly]
    public async Task<IActionResult> OnPostJoinAsync(string slug, CancellationToken ct)
    {
        await decisions.RequestAsync(Initiative.Id, User.UserId(), PointsActor.Of(User), ct);
        return RedirectToPage(new { slug, sendt = 1 });
    }

    private async Task PrepareAsync(CancellationToken ct)
    {
        Status = await Db.PointsIssuers.AsNoTracking().Where(i => i.InitiativeId == Initiative.Id).Select(i => (IssuerStatus?)i.Status).FirstOrDefaultAsync(ct);
        Rules = await Db.CurrentAsync(ct);
        var dayStart = LocalTime.StartOf(clock.Today, clock.Zone).UtcDateTime;
        IssuedToday = await Db.PointsCodes.CountAsync(c => c.InitiativeId == Initiative.Id && c.IssuedAt >= dayStart, ct);
        ClaimedToday = await Db.PointsCodes.CountAsync(c => c.InitiativeId == Initiative.Id && c.ClaimedAt >= dayStart, ct);
    }
}
