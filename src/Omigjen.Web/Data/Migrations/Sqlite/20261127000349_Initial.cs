using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Omigjen.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Initiatives",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kinds = table.Column<string>(type: "TEXT", nullable: false),
                    Categories = table.Column<string>(type: "TEXT", nullable: false),
                    Services = table.Column<string>(type: "TEXT", nullable: false),
                    OrganisationType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    OpeningHours = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ClosedUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LastConfirmed = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    IsIllustrative = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Accepts_En = table.Column<string>(type: "TEXT", nullable: true),
                    Accepts_Nb = table.Column<string>(type: "TEXT", nullable: false),
                    Accessibility_AccessibleToilet = table.Column<bool>(type: "INTEGER", nullable: true),
                    Accessibility_NearestStop = table.Column<string>(type: "TEXT", nullable: true),
                    Accessibility_Parking = table.Column<bool>(type: "INTEGER", nullable: true),
                    Accessibility_StepFreeEntrance = table.Column<bool>(type: "INTEGER", nullable: true),
                    Accessibility_WalkingMinutes = table.Column<int>(type: "INTEGER", nullable: true),
                    ClosedReason_En = table.Column<string>(type: "TEXT", nullable: true),
                    ClosedReason_Nb = table.Column<string>(type: "TEXT", nullable: false),
                    Contact_Email = table.Column<string>(type: "TEXT", nullable: true),
                    Contact_Phone = table.Column<string>(type: "TEXT", nullable: true),
                    Contact_Social = table.Column<string>(type: "TEXT", nullable: true),
                    Contact_Website = table.Column<string>(type: "TEXT", nullable: true),
                    Declines_En = table.Column<string>(type: "TEXT", nullable: true),
                    Declines_Nb = table.Column<string>(type: "TEXT", nullable: false),
                    LongDescription_En = table.Column<string>(type: "TEXT", nullable: true),
                    LongDescription_Nb = table.Column<string>(type: "TEXT", nullable: false),
                    OpeningHoursNote_En = table.Column<string>(type: "TEXT", nullable: true),
                    OpeningHoursNote_Nb = table.Column<string>(type: "TEXT", nullable: false),
                    ShortDescription_En = table.Column<string>(type: "TEXT", nullable: true),
                    ShortDescription_Nb = table.Column<string>(type: "TEXT", nullable: false),
                    Terms_Complaints_En = table.Column<string>(type: "TEXT", nullable: true),
                    Terms_Complaints_Nb = table.Column<string>(type: "TEXT", nullable: false),
                    Terms_FreeServices_En = table.Column<string>(type: "TEXT", nullable: true),
                    Terms_FreeServices_Nb = table.Column<string>(type: "TEXT", nullable: false),
                    Terms_Returns_En = table.Column<string>(type: "TEXT", nullable: true),
                    Terms_Returns_Nb = table.Column<string>(type: "TEXT", nullable: false),
                    Terms_Warranty_En = table.Column<string>(type: "TEXT", nullable: true),
                    Terms_Warranty_Nb = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Initiatives", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "InitiativeLocations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InitiativeId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Address = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    PostalCode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    City = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Latitude = table.Column<double>(type: "REAL", nullable: false),
                    Longitude = table.Column<double>(type: "REAL", nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ValidTo = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InitiativeLocations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InitiativeLocations_Initiatives_InitiativeId",
                        column: x => x.InitiativeId,
                        principalTable: "Initiatives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_InitiativeLocations_InitiativeId",
                table: "InitiativeLocations",
                column: "InitiativeId");

            migrationBuilder.CreateIndex(
                name: "IX_InitiativeLocations_Latitude_Longitude",
                table: "InitiativeLocations",
                columns: new[] { "Latitude", "Longitude" });

            migrationBuilder.CreateIndex(
                name: "IX_Initiatives_Slug",
                table: "Initiatives",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Initiatives_Status",
                table: "Initiatives",
                column: "Status");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "InitiativeLocations");

            migrationBuilder.DropTable(
                name: "Initiatives");
        }
    }
}
