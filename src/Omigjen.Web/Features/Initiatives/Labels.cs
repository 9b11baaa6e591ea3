using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Initiatives;

/// <summary>Display names of the directory's enumerations in bokmål and English.</summary>
public static class Labels
{
    public static string Of(InitiativeKind k) => k switch
    {
        InitiativeKind.ReuseShop => L.T("Ombruksbutikk", "Reuse shop"),
        InitiativeKind.Repair => L.T("Reparasjon", "Repair"),
        InitiativeKind.Lending => L.T("Utlån", "Lending"),
        InitiativeKind.Rental => L.T("Utleie", "Rental"),
        InitiativeKind.Swap => L.T("Bytte", "Swap"),
        InitiativeKind.BookCabinet => L.T("Bokskap", "Book cabinet"),
        InitiativeKind.Workshop => L.T("Verksted og kurs", "Workshop and courses"),
        InitiativeKind.BuildingMaterials => L.T("Byggevarer", "Building materials"),
        InitiativeKind.DonationPoint => L.T("Mottak av gaver", "Donation point"),
        InitiativeKind.ReuseCentre => L.T("Ombrukssenter", "Reuse centre"),
        InitiativeKind.PopUp => L.T("Pop-up", "Pop-up"),
        _ => k.ToString(),
    };

    public static string Of(GoodsCategory c) => c switch
    {
        GoodsCategory.Children => L.T("Barn", "Children"),
        GoodsCategory.ClothesShoes => L.T("Klær og sko", "Clothes and shoes"),
        GoodsCategory.SportsOutdoors => L.T("Sport og friluft", "Sports and outdoors"),
        GoodsCategory.Bikes => L.T("Sykler", "Bikes"),
        GoodsCategory.Furniture => L.T("Møbler", "Furniture"),
        GoodsCategory.HomeKitchen => L.T("Hjem og kjøkken", "Home and kitchen"),
        GoodsCategory.Electronics => L.T("Elektronikk", "Electronics"),
        GoodsCategory.BooksMedia => L.T("Bøker og medier", "Books and media"),
        GoodsCategory.ToysGames => L.T("Leker og spill", "Toys and games"),
        GoodsCategory.BuildingMaterials => L.T("Byggevarer", "Building materials"),
        GoodsCategory.ToolsGarden => L.T("Verktøy og hage", "Tools and garden"),
        GoodsCategory.HobbyCrafts => L.T("Hobby og håndverk", "Hobby and crafts"),
        GoodsCategory.Other => L.T("Annet", "Other"),
        _ => c.ToString(),
    };

    public static string Of(InitiativeService s) => s switch
    {
        InitiativeService.Sells => L.T("Selger", "Sells"),
        InitiativeService.GivesAway => L.T("Gir bort", "Gives away"),
        InitiativeService.Lends => L.T("Låner ut", "Lends"),
        InitiativeService.RentsOut => L.T("Leier ut", "Rents out"),
        InitiativeService.Repairs => L.T("Reparerer", "Repairs"),
        InitiativeService.Courses => L.T("Kurs", "Courses"),
        InitiativeService.TakesDonations => L.T("Tar imot gaver", "Takes donations"),
        _ => s.ToString(),
    };

    public static string Of(OrganisationType o) => o switch
    {
        OrganisationType.Volunteer => L.T("Frivillig", "Volunteer"),
        OrganisationType.WorkTraining => L.T("Arbeidstrening", "Work training"),
        OrganisationType.NonProfit => L.T("Ideell", "Non-profit"),
        OrganisationType.Commercial => L.T("Kommersiell", "Commercial"),
        OrganisationType.Municipal => L.T("Kommunal", "Municipal"),
        _ => o.ToString(),
    };

    public static string Of(Omigjen.OpeningHours.OpeningState s) => s switch
    {
        Omigjen.OpeningHours.OpeningState.Open => L.T("Åpent", "Open"),
        Omigjen.OpeningHours.OpeningState.Closed => L.T("Stengt", "Closed"),
        _ => L.T("Ukjent", "Unknown"),
    };
}
