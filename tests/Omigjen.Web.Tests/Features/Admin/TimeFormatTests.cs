using System.Net;
using System.Text.RegularExpressions;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Features.Initiatives.Members;
using Omigjen.Web.Infrastructure.Audit;
using Omigjen.Web.Tests.Infrastructure;
using static Omigjen.Web.Tests.Infrastructure.PortalTestData;

namespace Omigjen.Web.Tests.Features.Admin;

/// <summary>The administration's and the portal history's times read "kl. 20.00" in Norwegian and "20:00" in English.</summary>
public abstract partial class TimeFormatTests(AppFactory factory)
{
    private static string NewEmail(string who) => $"{who}-{Guid.NewGuid():N}@eksempel.no";

    [Fact]
    public async Task The_audit_log_shows_local_time_with_a_period()
    {
        var email = NewEmail("admin");
        await factory.CreateAsync(email, admin: true);
        var client = await factory.SignedInClientAsync(email);
        var kind = $"test-{Guid.NewGuid():N}";
        await factory.WithDbAsync(async db =>
        {
            // 18.00 UTC on a summer day is 20.00 in Norway.
            db.AuditEntries.Add(new AuditEntry { Kind = kind, Actor = email, Detail = "tid", At = new DateTime(2026, 7, 1, 18, 0, 0, DateTimeKind.Utc) });
            return await db.SaveChangesAsync();
        });
        var nb = (await client.GetDocumentAsync($"/admin/logg?hendelse={kind}")).QuerySelector("main time[datetime]")!.TextContent;
        Assert.StartsWith("1. jul", nb, StringComparison.Ordinal);
        Assert.EndsWith("2026 kl. 20.00", nb, StringComparison.Ordinal);
        var en = (await client.GetDocumentAsync($"/admin/logg?hendelse={kind}&lang=en")).QuerySelector("main time[datetime]")!.TextContent;
        Assert.Equal("1 Jul 2026 20:00", en);
    }

    [Fact]
    public async Task The_change_history_shows_times_with_a_period()
    {
        var email = NewEmail("redaktor");
        var user = await factory.CreateAsync(email);
        var (id, slug) = await factory.InitiativeAsync(3);
        await factory.AddMemberAsync(id, user.Id, MemberRole.Editor);
        var client = await factory.SignedInClientAsync(email);
        using var save = await client.SubmitAsync($"/portal/{slug}/rediger", Form(("Form.ShortNb", $"Ny beskrivelse {Guid.NewGuid():N}")));
        Assert.Equal(HttpStatusCode.Redirect, save.StatusCode);
        var times = (await client.GetDocumentAsync($"/portal/{slug}/historikk")).QuerySelectorAll("main td[data-label=Tid]").Select(td => td.TextContent).ToList();
        Assert.NotEmpty(times);
        Assert.All(times, t => Assert.Matches(NorwegianTime(), t));
        Assert.All(times, t => Assert.DoesNotMatch(ColonTime(), t));
        var english = (await client.GetDocumentAsync($"/portal/{slug}/historikk?lang=en")).QuerySelectorAll("main td[data-label=Time]").Select(td => td.TextContent).ToList();
        Assert.NotEmpty(english);
        Assert.All(english, t => Assert.Matches(ColonTime(), t));
    }

    [GeneratedRegex(@"kl\. \d{2}\.\d{2}")]
    private static partial Regex NorwegianTime();

    [GeneratedRegex(@"\b\d{1,2}:\d{2}\b")]
    private static partial Regex ColonTime();
}

public sealed class TimeFormatTestsOnSqlite(SqliteAppFactory f) : TimeFormatTests(f), IClassFixture<SqliteAppFactory>;

public sealed class TimeFormatTestsOnPostgres(PostgresAppFactory f) : TimeFormatTests(f), IClassFixture<PostgresAppFactory>;
