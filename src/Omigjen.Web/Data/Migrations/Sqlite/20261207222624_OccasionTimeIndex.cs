using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Omigjen.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OccasionTimeIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ActivityOccasions_StartUtc_Kind",
                table: "ActivityOccasions");

            migrationBuilder.CreateIndex(
                name: "IX_ActivityOccasions_Time",
                table: "ActivityOccasions",
                columns: new[] { "StartUtc", "EndUtc", "InitiativeId", "Latitude", "Longitude" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ActivityOccasions_Time",
                table: "ActivityOccasions");

            migrationBuilder.CreateIndex(
                name: "IX_ActivityOccasions_StartUtc_Kind",
                table: "ActivityOccasions",
                columns: new[] { "StartUtc", "Kind" });
        }
    }
}
