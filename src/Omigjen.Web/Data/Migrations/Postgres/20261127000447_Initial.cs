using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Omigjen.Web.Data.Migrations.Postgres
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Slug = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kinds = table.Column<string[]>(type: "text[]", nullable: false),
                    Categories = table.Column<string[]>(type: "text[]", nullable: false),
                    Services = table.Column<string[]>(type: "text[]", nullable: false),
                    OrganisationType = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    OpeningHours = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ClosedUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    LastConfirmed = table.Column<DateOnly>(type: "date", nullable: true),
                    IsIllustrative = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Accepts_En = table.Column<string>(type: "text", nullable: true),
                    Accepts_Nb = table.Column<string>(type: "text", nullable: false),
                    Accessibility_AccessibleToilet = table.Column<bool>(type: "boolean", nullable: true),
                    Accessibility_NearestStop = table.Column<string>(type: "text", nullable: true),
                    Accessibility_Parking = table.Column<bool>(type: "boolean", nullable: true),
                    Accessibility_StepFreeEntrance = table.Column<bool>(type: "boolean", nullable: true),
                    Accessibility_WalkingMinutes = table.Column<int>(type: "integer", nullable: true),
                    ClosedReason_En = table.Column<string>(type: "text", nullable: true),
                    ClosedReason_Nb = table.Column<string>(type: "text", nullable: false),
                    Contact_Email = table.Column<string>(type: "text", nullable: true),
                    Contact_Phone = table.Column<string>(type: "text", nullable: true),
                    Contact_Social = table.Column<string>(type: "text", nullable: true),
                    Contact_Website = table.Column<string>(type: "text", nullable: true),
                    Declines_En = table.Column<string>(type: "text", nullable: true),
                    Declines_Nb = table.Column<string>(type: "text", nullable: false),
                    LongDescription_En = table.Column<string>(type: "text", nullable: true),
                    LongDescription_Nb = table.Column<string>(type: "text", nullable: false),
                    OpeningHoursNote_En = table.Column<string>(type: "text", nullable: true),
                    OpeningHoursNote_Nb = table.Column<string>(type: "text", nullable: false),
                    ShortDescription_En = table.Column<string>(type: "text", nullable: true),
                    ShortDescription_Nb = table.Column<string>(type: "text", nullable: false),
                    Terms_Complaints_En = table.Column<string>(type: "text", nullable: true),
                    Terms_Complaints_Nb = table.Column<string>(type: "text", nullable: false),
                    Terms_FreeServices_En = table.Column<string>(type: "text", nullable: true),
                    Terms_FreeServices_Nb = table.Column<string>(type: "text", nullable: false),
                    Terms_Returns_En = table.Column<string>(type: "text", nullable: true),
                    Terms_Returns_Nb = table.Column<string>(type: "text", nullable: false),
                    Terms_Warranty_En = table.Column<string>(type: "text", nullable: true),
                    Terms_Warranty_Nb = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Initiatives", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "InitiativeLocations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    InitiativeId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Address = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    PostalCode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    City = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Latitude = table.Column<double>(type: "double precision", nullable: false),
                    Longitude = table.Column<double>(type: "double precision", nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    ValidTo = table.Column<DateOnly>(type: "date", nullable: true)
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
