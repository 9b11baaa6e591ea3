using Microsoft.AspNetCore.Mvc.ModelBinding;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Features.Intake.Lots;

namespace Omigjen.Web.Tests.Features.Intake;

/// <summary>The pure rules of intake: the category mapping, the safety table, reading the form, and when an undo is allowed.</summary>
public sealed class LotRulesTests
{
    private static readonly DateTime At = new(2026, 12, 2, 11, 0, 0, DateTimeKind.Utc);

    private static IntakeLot Lot(long id = 7, string by = "ann", LotState state = LotState.Registered) =>
        new() { Id = id, RegisteredById = by, RegisteredAt = At, State = state };

    [Fact]
    public void Every_intake_category_maps_to_one_item_category_with_a_label_token_and_typical_weight()
    {
        Assert.Equal(Enum.GetValues<IntakeCategory>().Order(), IntakeCategories.All.Select(r => r.Category).Order());
        Assert.Equal(IntakeCategories.All.Count, IntakeCategories.All.Select(r => r.Token).Distinct().Count());
        Assert.All(IntakeCategories.All, r => Assert.True(r.TypicalKg > 0 && r.Nb.Split(' ').Length <= 3 && r.En.Length > 0, r.Token));
        Assert.Equal(GoodsCategory.Furniture, IntakeCategories.GoodsOf(IntakeCategory.LargeFurniture));
        Assert.Equal(GoodsCategory.ClothesShoes, IntakeCategories.GoodsOf(IntakeCategory.Textiles));
        Assert.Equal(GoodsCategory.Electronics, IntakeCategories.GoodsOf(IntakeCategory.WhiteGoods));
    }

    [Fact]
    public void Every_refused_kind_has_a_reason_in_both_languages()
    {
        Assert.Equal(Enum.GetValues<SafetyKind>().Length, SafetyRefusals.All.Count);
        Assert.All(SafetyRefusals.All, r => Assert.True(r.ReasonNb.Length > 20 && r.ReasonEn.Length > 20, r.Token));
        Assert.True(SafetyRefusals.TryParse("bilsete", out var seat) && seat == SafetyKind.ChildCarSeat);
        Assert.False(SafetyRefusals.TryParse("ChildCarSeat", out _));
    }

    [Theory]
    [InlineData("klaer", "3", "", 24, WeightSource.Estimated)]
    [InlineData("store-mobler", "1", "55,5", 55.5, WeightSource.Weighed)]
    [InlineData("Books", "2", "12 kg", 12, WeightSource.Weighed)]
    public void The_form_gives_a_weight_weighed_or_estimated(string category, string count, string kg, double expected, WeightSource source)
    {
        var errors = new ModelStateDictionary();
        var draft = new LotForm { Category = category, Count = count, Kg = kg, Key = Guid.NewGuid().ToString("D") }.Read(errors);
        Assert.True(errors.IsValid);
        Assert.Equal((decimal)expected, draft!.WeightKg);
        Assert.Equal(source, draft.WeightSource);
    }

    [Fact]
    public void Undo_is_for_the_maker_of_the_last_lot_within_two_minutes()
    {
        Assert.Null(LotRules.CheckUndo(Lot(), "ann", 7, At.AddMinutes(2)));
        Assert.Equal(UndoRefusal.TooLate, LotRules.CheckUndo(Lot(), "ann", 7, At.AddMinutes(2).AddSeconds(1)));
        Assert.Equal(UndoRefusal.NotYours, LotRules.CheckUndo(Lot(), "bob", 7, At));
        Assert.Equal(UndoRefusal.NotLast, LotRules.CheckUndo(Lot(), "ann", 8, At));
        Assert.Equal(UndoRefusal.NotFound, LotRules.CheckUndo(null, "ann", 7, At));
        Assert.Equal(UndoRefusal.AlreadyMoved, LotRules.CheckUndo(Lot(state: LotState.Announced), "ann", 7, At));
        var undone = Lot();
        undone.UndoneAt = At;
        Assert.Equal(UndoRefusal.AlreadyUndone, LotRules.CheckUndo(undone, "ann", 7, At));
    }
}
