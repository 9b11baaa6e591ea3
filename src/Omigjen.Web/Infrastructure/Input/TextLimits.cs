namespace Omigjen.Web.Infrastructure.Input;

/// <summary>
/// The longest text each kind of field takes. The EF mappings (<c>HasMaxLength</c>) and the forms
/// (<c>[StringLength]</c>) use these numbers, so a value a form accepts always fits its column on both databases.
/// </summary>
public static class TextLimits
{
    /// <summary>An e-mail address (Identity's and the audit log's column).</summary>
    public const int Email = 256;

    /// <summary>A password as typed; only its hash is stored, the limit keeps hashing cheap.</summary>
    public const int Password = 512;

    /// <summary>A person's or a place's name, a title.</summary>
    public const int Name = 200;

    /// <summary>A one-line text: an address, a stop, a reason.</summary>
    public const int Line = 200;

    public const int City = 100;
    public const int PostalCode = 10;
    public const int Phone = 40;

    /// <summary>A web address.</summary>
    public const int Url = 500;

    public const int ShortText = 500;

    /// <summary>The alternative text of a photo.</summary>
    public const int AltText = 300;
    public const int Message = 2000;
    public const int LongText = 4000;

    /// <summary>A code or token from a link (identifiers, base64url tokens).</summary>
    public const int Token = 2000;

    /// <summary>The JSON a browser returns for a passkey ceremony.</summary>
    public const int Credential = 64 * 1024;

    /// <summary>A bound text that names no limit of its own.</summary>
    public const int Default = LongText;
}

/// <summary>A text that is one line: a newline or another control character is refused (browsers never send one from a text input).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class SingleLineAttribute : Attribute;

/// <summary>The <see cref="System.ComponentModel.DataAnnotations.StringLengthAttribute"/> of a list: each text in it is at most <see cref="MaximumLength"/> long.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class EachStringLengthAttribute(int maximumLength) : System.ComponentModel.DataAnnotations.ValidationAttribute
{
    public int MaximumLength { get; } = maximumLength;

    public override bool IsValid(object? value) =>
        value is not IEnumerable<string?> texts || texts.All(t => t is null || t.Length <= MaximumLength);
}
