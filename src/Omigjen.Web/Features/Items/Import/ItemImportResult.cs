using Omigjen.Web.Features.Initiatives;

namespace Omigjen.Web.Features.Items.Import;

public sealed record ItemImportOptions(bool ValidOnly = false);

/// <summary>
/// What an import did. <see cref="Written"/> is false when nothing was written (a problem with the file, or any row
/// error without "import the valid rows"); then the counts are what would have happened.
/// </summary>
public sealed record ItemImportResult(int Created, int Updated, int Skipped, IReadOnlyList<ImportError> Errors, bool Written)
{
    public bool Succeeded => Written && Errors.Count == 0;

    public static ItemImportResult Failed(ImportError error) => new(0, 0, 0, [error], false);
}
