using System.Net.Http.Headers;
using Omigjen.Web.Features.Intake.Stations;
using Omigjen.Web.Tests.Infrastructure;

namespace Omigjen.Web.Tests.Features.Intake;

/// <summary>Stations, their staff and registrations for the intake tests.</summary>
public static class IntakeTestData
{
    public static Task<(int Id, string Slug)> StationAsync(this AppFactory factory, string? name = null) =>
        factory.WithDbAsync(async db =>
        {
            var slug = "stasjon-" + Guid.NewGuid().ToString("N")[..10];
            var station = new Station
            {
                Slug = slug, Name = name ?? "Testveien gjenvinningsstasjon", Address = "Testveien 1, 1383 Asker", Latitude = 59.83, Longitude = 10.43,
                OpeningHours = "Mo-Fr 07:00-19:00", CreatedAt = DateTime.UtcNow,
            };
            db.Stations.Add(station);
            await db.SaveChangesAsync();
            return (station.Id, slug);
        });

    /// <summary>A new account on the station's staff, and a client signed in as it.</summary>
    public static async Task<(HttpClient Client, string UserId, string Email)> StaffAsync(this AppFactory factory, int stationId)
    {
        var (userId, email) = await factory.StaffMemberAsync(stationId);
        return (await factory.SignedInClientAsync(email), userId, email);
    }

    /// <summary>A new account on the station's staff (password <see cref="TestUsers.Password"/>).</summary>
    public static async Task<(string UserId, string Email)> StaffMemberAsync(this AppFactory factory, int stationId)
    {
        var email = $"stasjon-{Guid.NewGuid():N}@eksempel.no";
        var user = await factory.CreateAsync(email);
        await factory.WithDbAsync(async db =>
        {
            db.StationStaff.Add(new StationStaffMember { StationId = stationId, UserId = user.Id, GrantedAt = DateTime.UtcNow });
            return await db.SaveChangesAsync();
        });
        return (user.Id, email);
    }

    public static Dictionary<string, string> Lot(string category, string count = "1", string kg = "", string? key = null, string safety = "") => new()
    {
        ["Form.Category"] = category, ["Form.Count"] = count, ["Form.Kg"] = kg, ["Form.Safety"] = safety, ["Form.Condition"] = "Good",
        ["Form.Key"] = key ?? Guid.NewGuid().ToString("D"),
    };

    /// <summary>The antiforgery token of the station screen (the client keeps the cookie that goes with it).</summary>
    public static async Task<string> TokenAsync(this HttpClient client, string slug)
    {
        using var page = await client.GetAsync($"/stasjon/{slug}");
        var doc = await Forms.ParseAsync(page, $"/stasjon/{slug}");
        return doc.QuerySelector("#station-form input[name=__RequestVerificationToken]")?.GetAttribute("value")
               ?? throw new Xunit.Sdk.XunitException($"No token on /stasjon/{slug}: {(int)page.StatusCode}");
    }

    /// <summary>Posts a registration to the API as the station screen's script does (multipart, token in the header).</summary>
    public static async Task<HttpResponseMessage> PostLotAsync(this HttpClient client, string slug, string token, IReadOnlyDictionary<string, string> fields,
        byte[]? photo = null)
    {
        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in fields) content.Add(new StringContent(value), name);
        if (photo is not null)
        {
            var file = new ByteArrayContent(photo);
            file.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
            content.Add(file, "photo", "bilde.jpg");
        }
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/intake/stations/{slug}/lots") { Content = content };
        request.Headers.Add("RequestVerificationToken", token);
        return await client.SendAsync(request);
    }
}
