namespace Omigjen.Web.Tests.Infrastructure;

public sealed class LanguageTests(SqliteAppFactory factory) : IClassFixture<SqliteAppFactory>
{
    [Theory]
    [InlineData("/?lang=en", "en")]
    [InlineData("/personvern?lang=en", "en")]
    [InlineData("/?lang=nb", "nb")]
    [InlineData("/", "nb")]
    public async Task The_language_switch_works_on_the_first_visit(string url, string expected)
    {
        var client = factory.CreateClient();
        var doc = await client.GetDocumentAsync(url);
        Assert.Equal(expected, doc.DocumentElement.GetAttribute("lang"));
    }
}
