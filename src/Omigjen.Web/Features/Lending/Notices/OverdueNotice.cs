using Microsoft.Extensions.Options;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Outbox;

namespace Omigjen.Web.Features.Lending.Notices;

/// <summary>To the borrower, by e-mail or SMS: the return deadline passed.</summary>
public sealed class OverdueNotice(MunicipalClock clock, NoticeLinks links, IOptions<MunicipalityOptions> municipality)
    : LendingNotice(clock, links, municipality)
{
    public const string Name = "lending.overdue";
    public override string Kind => Name;

    protected override Task<NoticeMessage?> RenderAsync(LendingBookingDetails d, Notice notice, CancellationToken ct)
    {
        var (_, _, returnNb, returnEn) = Times(d);
        if (IsSms(notice))
            return Done(Sms($"OMigjen: {d.Title} skulle vært levert til {d.InitiativeName} innen {returnNb}. Lever så snart du kan. / Overdue: please return it."));
        return Done(Email($"Ikke levert: {d.Title} / Not returned: {d.Title}",
            [
                $"{d.Title} skulle vært levert til {d.InitiativeName} innen {returnNb}. Lever så snart du kan – andre venter kanskje på den.",
                $"Sted: {d.Place}",
                "Har noe skjedd med utstyret, si fra til utlånsstedet.",
            ],
            [
                $"{d.Title} was due back at {d.InitiativeName} by {returnEn}. Please return it as soon as you can – others may be waiting for it.",
                $"Place: {d.Place}",
                "If something has happened to it, let the lending place know.",
            ],
            BookingLink(d)));
    }
}
