namespace Omigjen.Web.Features.Intake.Lots;

public enum UndoRefusal
{
    NotFound, NotYours, NotLast, TooLate, AlreadyUndone, AlreadyMoved,
}

/// <summary>When a registration may be taken back: by the person who made it, their latest at the station, within a short time.</summary>
public static class LotRules
{
    /// <summary>Long enough to notice a wrong tap, short enough that nobody has acted on the lot yet.</summary>
    public static readonly TimeSpan UndoWindow = TimeSpan.FromMinutes(2);

    public static DateTime UndoUntil(DateTime registeredAt) => registeredAt + UndoWindow;

    /// <summary>Null when the lot may be undone now; otherwise why not.</summary>
    public static UndoRefusal? CheckUndo(IntakeLot? lot, string userId, long? latestOwnLotId, DateTime nowUtc)
    {
        if (lot is null) return UndoRefusal.NotFound;
        if (lot.RegisteredById != userId) return UndoRefusal.NotYours;
        if (lot.UndoneAt is not null) return UndoRefusal.AlreadyUndone;
        if (lot.State is not (LotState.Registered or LotState.RefusedForSafety)) return UndoRefusal.AlreadyMoved;
        if (latestOwnLotId != lot.Id) return UndoRefusal.NotLast;
        return nowUtc > UndoUntil(lot.RegisteredAt) ? UndoRefusal.TooLate : null;
    }

    public static (string Nb, string En) Text(UndoRefusal refusal) => refusal switch
    {
        UndoRefusal.NotYours => ("Du kan bare angre det du selv har registrert.", "You can only undo what you registered yourself."),
        UndoRefusal.NotLast => ("Du kan bare angre det siste du registrerte.", "You can only undo the last thing you registered."),
        UndoRefusal.TooLate => ("Det er for sent å angre. Spør en leder om hjelp.", "It is too late to undo. Ask a supervisor for help."),
        UndoRefusal.AlreadyUndone => ("Denne registreringen er allerede angret.", "This registration is already undone."),
        UndoRefusal.AlreadyMoved => ("Tingene er allerede på vei videre. Spør en leder om hjelp.", "The goods are already on their way. Ask a supervisor for help."),
        _ => ("Fant ikke registreringen.", "The registration was not found."),
    };
}
