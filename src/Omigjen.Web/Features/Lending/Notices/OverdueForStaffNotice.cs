using Microsoft.Extensions.Options;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Outbox;

namespace Omigjen.Web.Features.Lending.Notices;

/// <summary>To the staff: a loan is overdue, with how to reach the borrower.</summary>
public sealed class OverdueForStaffNotice(MunicipalClock clock, NoticeLinks links, IOptions<MunicipalityOptions> municipality)
    : LendingNotice(clock, links, municipality)
{
    public const string Name = "lending.overdue.staff";
    public override string Kind => Name;

    protected override Task<NoticeMessage?> RenderAsync(LendingBookingDetails d, Notice notice, CancellationToken ct)
    {
        var (_, _, returnNb, returnEn) = Times(d);
        var contact = string.Join(", ", new[] { d.BorrowerEmail, d.Booking.Phone }.Where(c => !string.IsNullOrWhiteSpace(c) && c != d.BorrowerLabel));
        var reach = contact.Length == 0 ? "" : $" ({contact})";
        return Done(Email($"Ikke levert: {d.Title} ({d.Booking.Code}) / Overdue: {d.Title} ({d.Booking.Code})",
            [$"{d.Title} ({d.Booking.Code}), lånt av {d.BorrowerLabel}{reach}, skulle vært levert innen {returnNb}."],
            [$"{d.Title} ({d.Booking.Code}), borrowed by {d.BorrowerLabel}{reach}, was due back by {returnEn}."],
            OutLink(d)));
    }
}
