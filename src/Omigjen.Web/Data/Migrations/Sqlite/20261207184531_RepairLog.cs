using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Omigjen.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RepairLog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RepairEntries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InitiativeId = table.Column<int>(type: "INTEGER", nullable: false),
                    ActivityOccasionId = table.Column<long>(type: "INTEGER", nullable: true),
                    EventDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    OrdsCategoryId = table.Column<int>(type: "INTEGER", nullable: true),
                    GoodsCategory = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Brand = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    YearOfManufacture = table.Column<int>(type: "INTEGER", nullable: true),
                    AgeYears = table.Column<decimal>(type: "TEXT", precision: 5, scale: 1, nullable: true),
                    Problem = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Barrier = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    SpareParts = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    WeightKg = table.Column<decimal>(type: "TEXT", precision: 9, scale: 3, nullable: true),
                    LoggedById = table.Column<string>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RepairEntries", x => x.Id);
                    table.CheckConstraint("CK_RepairEntries_Barrier", "(\"Outcome\" = 'EndOfLife') = (\"Barrier\" IS NOT NULL)");
                    table.CheckConstraint("CK_RepairEntries_Category", "(\"OrdsCategoryId\" IS NULL) <> (\"GoodsCategory\" IS NULL) AND (\"OrdsCategoryId\" IS NULL OR \"OrdsCategoryId\" BETWEEN 1 AND 40)");
                    table.CheckConstraint("CK_RepairEntries_Year", "\"YearOfManufacture\" IS NULL OR \"YearOfManufacture\" BETWEEN 1800 AND 2200");
                    table.ForeignKey(
                        name: "FK_RepairEntries_ActivityOccasions_ActivityOccasionId",
                        column: x => x.ActivityOccasionId,
                        principalTable: "ActivityOccasions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_RepairEntries_AspNetUsers_LoggedById",
                        column: x => x.LoggedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_RepairEntries_Initiatives_InitiativeId",
                        column: x => x.InitiativeId,
                        principalTable: "Initiatives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RepairEntries_ActivityOccasionId_Id",
                table: "RepairEntries",
                columns: new[] { "ActivityOccasionId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_RepairEntries_EventDate",
                table: "RepairEntries",
                column: "EventDate");

            migrationBuilder.CreateIndex(
                name: "IX_RepairEntries_InitiativeId_EventDate",
                table: "RepairEntries",
                columns: new[] { "InitiativeId", "EventDate" });

            migrationBuilder.CreateIndex(
                name: "IX_RepairEntries_LoggedById",
                table: "RepairEntries",
                column: "LoggedById");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RepairEntries");
        }
    }
}
