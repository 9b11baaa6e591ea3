namespace Omigjen.Web.Features.Initiatives;

public enum InitiativeKind
{
    ReuseShop, Repair, Lending, Rental, Swap, BookCabinet, Workshop, BuildingMaterials, DonationPoint, ReuseCentre, PopUp,
}

public enum GoodsCategory
{
    Children, ClothesShoes, SportsOutdoors, Bikes, Furniture, HomeKitchen, Electronics, BooksMedia, ToysGames,
    BuildingMaterials, ToolsGarden, HobbyCrafts, Other,
}

public enum InitiativeService
{
    Sells, GivesAway, Lends, RentsOut, Repairs, Courses, TakesDonations,
}

public enum OrganisationType
{
    Volunteer, WorkTraining, NonProfit, Commercial, Municipal,
}

public enum InitiativeStatus
{
    Active, TemporarilyClosed, Archived,
}
