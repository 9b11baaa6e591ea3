using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Omigjen.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SignUpGuards : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "UX_ActivitySignUps_Active_Account",
                table: "ActivitySignUps",
                columns: new[] { "OccasionId", "UserId" },
                unique: true,
                filter: "\"UserId\" IS NOT NULL AND \"Status\" NOT IN ('Cancelled', 'Lapsed')");

            migrationBuilder.CreateIndex(
                name: "UX_ActivitySignUps_Active_Email",
                table: "ActivitySignUps",
                columns: new[] { "OccasionId", "Email" },
                unique: true,
                filter: "\"UserId\" IS NULL AND \"Status\" NOT IN ('Cancelled', 'Lapsed')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "UX_ActivitySignUps_Active_Account",
                table: "ActivitySignUps");

            migrationBuilder.DropIndex(
                name: "UX_ActivitySignUps_Active_Email",
                table: "ActivitySignUps");
        }
    }
}
