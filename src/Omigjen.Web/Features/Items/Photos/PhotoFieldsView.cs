namespace Omigjen.Web.Features.Items.Photos;

/// <summary>
/// The photo input and its alternative text: the text typed so far, the text field's bound name (its errors are read
/// from the page's ModelState), and the photo kept from a post that was sent back (shown instead of asking for the file again).
/// </summary>
public sealed record PhotoFieldsView(string? AltText, string AltName, bool PhotoRequired, PendingPhoto? Kept = null);
