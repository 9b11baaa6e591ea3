using Microsoft.AspNetCore.Identity;

namespace Omigjen.Web.Features.Accounts;

/// <summary>A person with an account. Browsing never needs one; residents, actor members and administrators have one.</summary>
public sealed class AppUser : IdentityUser
{
    [PersonalData]
    public string? DisplayName { get; set; }

    public DateTime CreatedAt { get; set; }
}

public static class Roles
{
    /// <summary>Municipality administrator. Every signed-in person is a resident; actor roles are per initiative.</summary>
    public const string Admin = "admin";
}
