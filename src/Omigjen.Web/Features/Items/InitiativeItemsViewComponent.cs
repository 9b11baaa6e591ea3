using Microsoft.AspNetCore.Mvc;
using Omigjen.Web.Features.Items.Search;

namespace Omigjen.Web.Features.Items;

/// <summary>A place's newest available items, as the item search shows them, with how many there are in all; on the initiative page.</summary>
public sealed class InitiativeItemsViewComponent(ItemSearch items) : ViewComponent
{
    public const int ItemsShown = 6;

    public async Task<IViewComponentResult> InvokeAsync(string slug)
    {
        var result = await items.RunAsync(new ItemQuery { Initiative = slug, Sort = ItemSort.Newest, PageSize = ItemsShown }, HttpContext.RequestAborted);
        return View("~/Features/Items/_InitiativeItems.cshtml", new InitiativeItems(slug, result));
    }
}

public sealed record InitiativeItems(string Slug, ItemSearchResult Result);
