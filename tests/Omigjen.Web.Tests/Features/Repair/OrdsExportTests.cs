using System.Globalization;
using System.Net;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Features.Repair.Log;
using Omigjen.Web.Tests.Features.Items;
using Omigjen.Web.Tests.Infrastructure;
using static Omigjen.Web.Tests.Features.Repair.RepairLogTests;

namespace Omigjen.Web.Tests.Features.Repair;

/// <summary>The ORDS v0.3 export read back as CSV: the standard's header, its codes, and no contact details.</summary>
public abstract class OrdsExportTests(AppFactory factory)
{
    private const string Header = "id,data_provider,country,partner_product_category,product_category,product_category_id,brand,year_of_manufacture,"
                                  + "product_age,repair_status,repair_barrier_if_end_of_life,problem,group_identifier,event_date,record_date";

    private static async Task<(string Text, List<Dictionary<string, string>> Rows)> ReadAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        using var csv = new CsvReader(new StringReader(text), CultureInfo.InvariantCulture);
        var rows = new List<Dictionary<string, string>>();
        await csv.ReadAsync();
        csv.ReadHeader();
        while (await csv.ReadAsync())
            rows.Add(csv.HeaderRecord!.ToDictionary(h => h, h => csv.GetField(h)!));
        return (text, rows);
    }

    [Fact]
    public async Task The_export_has_the_standard_header_codes_and_no_e_mail_or_phone_number()
    {
        var (client, id, slug) = await factory.MemberAsync(2);
        var url = $"/portal/{slug}/reparasjoner/logg";
        using (await client.SubmitAsync(url, RepairValues("ords-19", "Fixed", "Skjerm knust, \"svart\", etter fall", brand: "Apple", age: "2,25"), ".repair-form")) { }
        using (await client.SubmitAsync(url, RepairValues("ClothesShoes", "Repairable", "Glidelås"), ".repair-form")) { }
        using (await client.SubmitAsync(url, RepairValues("ords-14", "EndOfLife", "Kortsluttet", barrier: "ItemTooWornOut", age: "2015"), ".repair-form")) { }
        // A row written before the filter (straight into the table) is cleaned again on the way out.
        await factory.WithDbAsync(async db =>
        {
            var e = await db.RepairEntries.Where(x => x.InitiativeId == id && x.GoodsCategory != null).SingleAsync();
            e.Problem = "Glidelås. Kontakt: kari@example.com, tlf +47 912 34 567 eller 91234567 / +44 20 7946 0958";
            return await db.SaveChangesAsync();
        });

        using var response = await client.GetAsync($"/portal/{slug}/reparasjoner/statistikk?handler=ords");
        var (text, rows) = await ReadAsync(response);
        Assert.StartsWith(Header + "\r\n", text, StringComparison.Ordinal);
        Assert.Equal(3, rows.Count);
        Assert.All(rows, r => Assert.Equal("NOR", r["country"]));
        Assert.All(rows, r => Assert.StartsWith("OMigjen ", r["data_provider"], StringComparison.Ordinal));
        Assert.Single(rows.Select(r => r["group_identifier"]).Distinct());
        Assert.DoesNotContain(slug, rows[0]["group_identifier"], StringComparison.Ordinal);
        Assert.All(rows, r => Assert.Equal("2026-12-02", r["event_date"]));

        var phone = rows[0];
        Assert.Equal(("Mobiltelefon", "Mobile", "19", "Apple", "2.3", "", "1", ""),
            (phone["partner_product_category"], phone["product_category"], phone["product_category_id"], phone["brand"], phone["product_age"],
             phone["year_of_manufacture"], phone["repair_status"], phone["repair_barrier_if_end_of_life"]));
        Assert.Equal("Skjerm knust, \"svart\", etter fall", phone["problem"]);
        var jacket = rows[1];
        Assert.Equal(("Klær og sko", "", "", "Unknown", "2"), (jacket["partner_product_category"], jacket["product_category"], jacket["product_category_id"], jacket["brand"], jacket["repair_status"]));
        Assert.DoesNotContain("@", jacket["problem"], StringComparison.Ordinal);
        Assert.DoesNotContain("912", jacket["problem"], StringComparison.Ordinal);
        Assert.DoesNotContain("7946", jacket["problem"], StringComparison.Ordinal);
        Assert.StartsWith("Glidelås. Kontakt: [fjernet]", jacket["problem"], StringComparison.Ordinal);
        var kettle = rows[2];
        Assert.Equal(("3", "6", "2015", "Vannkoker", "Kettle"), (kettle["repair_status"], kettle["repair_barrier_if_end_of_life"], kettle["year_of_manufacture"], kettle["partner_product_category"], kettle["product_category"]));
        Assert.DoesNotContain("LoggedBy", text, StringComparison.Ordinal);

        // The open data file has the same rows for anyone, without signing in.
        using var anonymous = factory.NoRedirectClient();
        using var open = await anonymous.GetAsync("/api/v1/repairs/ords.csv");
        var (openText, openRows) = await ReadAsync(open);
        Assert.StartsWith(Header + "\r\n", openText, StringComparison.Ordinal);
        var ours = openRows.Where(r => r["group_identifier"] == phone["group_identifier"]).ToList();
        Assert.Equal(rows.Select(r => r["id"]), ours.Select(r => r["id"]));
        Assert.DoesNotContain(openRows, r => r["problem"].Contains('@', StringComparison.Ordinal));

        // The municipality's file for administrators.
        var adminEmail = $"admin-{Guid.NewGuid():N}@eksempel.no";
        await factory.CreateAsync(adminEmail, admin: true);
        var admin = await factory.SignedInClientAsync(adminEmail);
        using var all = await admin.GetAsync("/admin/reparasjoner?handler=ords");
        var (_, allRows) = await ReadAsync(all);
        Assert.Superset(ours.Select(r => r["id"]).ToHashSet(), allRows.Select(r => r["id"]).ToHashSet());
    }

    [Fact]
    public async Task The_statistics_pages_show_the_counts_per_category_and_month()
    {
        var (client, _, slug) = await factory.MemberAsync(3);
        var url = $"/portal/{slug}/reparasjoner/logg";
        using (await client.SubmitAsync(url, RepairValues("Bikes", "Fixed", "Kjede"), ".repair-form")) { }
        using (await client.SubmitAsync(url, RepairValues("Bikes", "EndOfLife", "Rammen sprukket", barrier: "ItemTooWornOut"), ".repair-form")) { }
        using (await client.SubmitAsync(url, RepairValues("ords-34", "Fixed", "Slange"), ".repair-form")) { }
        var stats = $"/portal/{slug}/reparasjoner/statistikk";
        using var page = await client.GetAsync(stats);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var doc = await Forms.ParseAsync(page, stats);
        var months = doc.QuerySelectorAll("#repair-month-table tbody tr");
        Assert.Equal(12, months.Length);
        Assert.Equal(["2", "0", "1"], months[^1].QuerySelectorAll("td").Select(c => c.TextContent.Trim()));
        Assert.Equal(2, doc.QuerySelectorAll("svg.usage-chart rect.bar").Length);
        var bikes = doc.QuerySelectorAll("#repair-category-table tbody tr")[0];
        Assert.Equal("Sykler", bikes.QuerySelector("th")!.TextContent.Trim());
        Assert.Equal(["1", "0", "1", "50 %"], bikes.QuerySelectorAll("td").Select(c => c.TextContent.Trim()));
    }
}

public sealed class OrdsExportTestsOnSqlite(SqliteAppFactory f) : OrdsExportTests(f), IClassFixture<SqliteAppFactory>;

public sealed class OrdsExportTestsOnPostgres(PostgresAppFactory f) : OrdsExportTests(f), IClassFixture<PostgresAppFactory>;
