using Omigjen.Web.Features.Items.Photos;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Items.Photos;

/// <summary>
/// The photo input and its alternative text: the form's errors, the text typed so far, the text field's name, and the
/// photo kept from a post that was sent back (shown instead of asking for the file again).
/// </summary>
public sealed record PhotoFieldsView(FormErrors Errors, string? AltText, string AltName, bool PhotoRequired, PendingPhoto? Kept = null);
