using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Portal.Items;

/// <summary>The photo input and its alternative text: the form's errors, the text typed so far, and the text field's name.</summary>
public sealed record PhotoFieldsView(FormErrors Errors, string? AltText, string AltName, bool PhotoRequired);
