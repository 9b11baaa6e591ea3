using Microsoft.AspNetCore.Mvc;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Initiatives.Members;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Forms;

namespace Omigjen.Web.Features.Activities.Series;

/// <summary>What the new and edit pages of a series share: the bound form, reading it and saving through the service.</summary>
public abstract class SeriesPageBase(AppDbContext db, InitiativeAccess access, SeriesService series, MunicipalClock clock) : InitiativePageModel(db, access)
{
    [BindProperty] public SeriesForm Form { get; set; } = new();

    public (string Address, double Lat, double Lon)? OwnPlace { get; private set; }

    protected SeriesService Service => series;
    protected MunicipalClock Clock => clock;

    protected async Task LoadPlaceAsync(CancellationToken ct) => OwnPlace = await series.InitiativePlaceAsync(Initiative.Id, ct);

    /// <summary>Reads and saves; the errors go to the model state, and the saved series (or null) comes back.</summary>
    protected async Task<SeriesSaveResult?> SaveAsync(long? id, CancellationToken ct)
    {
        await LoadPlaceAsync(ct);
        var draft = ModelState.IsValid ? Form.Read(ModelState, clock.Zone) : null;
        if (draft is null) return null;
        var result = id is { } seriesId ? await series.UpdateAsync(Initiative.Id, seriesId, draft, ct) : await series.CreateAsync(Initiative.Id, draft, ct);
        foreach (var e in result.Errors) ModelState.AddError(SeriesForm.Key(e.Field), SeriesForm.IdOf(e.Field), e.Nb, e.En);
        return result;
    }
}
