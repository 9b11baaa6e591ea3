namespace Omigjen.Web.Features.Intake.Lots;

/// <summary>
/// The categories goods are sorted into at a station: the reuse pickup schemes' own list (Oslo's "Prosjekt Ombruk", the
/// research digest, section 3), so partners recognise them. <see cref="IntakeCategories"/> maps each to OMigjen's item
/// categories.
/// </summary>
public enum IntakeCategory
{
    ChildrenToys, BuildingMaterials, Books, Decor, FilmMusicGames, Garden, Kitchen, SmallFurniture, LargeFurniture,
    Bikes, Tools, PetSupplies, SportsOutdoors, Textiles, WhiteGoods, Miscellaneous,
}
