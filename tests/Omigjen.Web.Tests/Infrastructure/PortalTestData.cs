using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Features.Initiatives.Members;
using Omigjen.Web.Tests.Infrastructure;

namespace Omigjen.Web.Tests.Infrastructure;

public static class PortalTestData
{
    /// <summary>A demo initiative nobody else in the test class uses, by index in name order.</summary>
    public static Task<(int Id, string Slug)> InitiativeAsync(this AppFactory factory, int index) =>
        factory.WithDbAsync(async db =>
        {
            var i = await db.Initiatives.OrderBy(x => x.Slug).Skip(index).FirstAsync();
            return (i.Id, i.Slug);
        });

    public static Task AddMemberAsync(this AppFactory factory, int initiativeId, string userId, MemberRole role) =>
        factory.WithDbAsync(async db =>
        {
            db.InitiativeMembers.Add(new InitiativeMember { InitiativeId = initiativeId, UserId = userId, Role = role, AddedAt = DateTime.UtcNow });
            return await db.SaveChangesAsync();
        });

    public static Dictionary<string, string> Form(params (string Key, string Value)[] pairs) => pairs.ToDictionary(p => p.Key, p => p.Value);
}
