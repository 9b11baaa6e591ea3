namespace Omigjen.Web.Infrastructure;

/// <summary>Errors of a submitted form: the field (its element id) and what is wrong, in both languages.</summary>
public sealed class FormErrors
{
    private readonly List<FormError> _errors = [];

    public IReadOnlyList<FormError> All => _errors;
    public bool Any => _errors.Count > 0;

    public void Add(string field, string nb, string en) => _errors.Add(new FormError(field, nb, en));

    public FormError? For(string field) => _errors.FirstOrDefault(e => e.Field == field);
}

public sealed record FormError(string Field, string Nb, string En)
{
    public string Text => L.T(Nb, En);
}
