using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Omigjen.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Repair : Migration
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

            migrationBuilder.CreateTable(
                name: "RepairServices",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InitiativeId = table.Column<int>(type: "INTEGER", nullable: false),
                    ExternalId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Category = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    What = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    PriceKind = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    PriceFromNok = table.Column<int>(type: "INTEGER", nullable: true),
                    PriceToNok = table.Column<int>(type: "INTEGER", nullable: true),
                    TurnaroundDays = table.Column<int>(type: "INTEGER", nullable: true),
                    TurnaroundText = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Visit = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    WarrantyDays = table.Column<int>(type: "INTEGER", nullable: true),
                    WarrantyText = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    PromiseText = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    PromiseDays = table.Column<int>(type: "INTEGER", nullable: true),
                    PromiseCategory = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Archived = table.Column<bool>(type: "INTEGER", nullable: false),
                    SearchTerms = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RepairServices", x => x.Id);
                    table.CheckConstraint("CK_RepairServices_Days", "(\"TurnaroundDays\" IS NULL OR \"TurnaroundDays\" >= 0) AND (\"WarrantyDays\" IS NULL OR \"WarrantyDays\" >= 0)");
                    table.CheckConstraint("CK_RepairServices_Price", "(\"PriceKind\" = 'Free' AND \"PriceFromNok\" IS NULL AND \"PriceToNok\" IS NULL) OR (\"PriceKind\" = 'Fixed' AND \"PriceFromNok\" >= 0 AND \"PriceToNok\" IS NULL) OR (\"PriceKind\" = 'Range' AND \"PriceFromNok\" >= 0 AND \"PriceToNok\" > \"PriceFromNok\")");
                    table.CheckConstraint("CK_RepairServices_Promise", "(\"PromiseText\" IS NULL AND \"PromiseDays\" IS NULL AND \"PromiseCategory\" IS NULL) OR (\"PromiseText\" IS NOT NULL AND \"PromiseDays\" > 0 AND \"PromiseCategory\" IS NOT NULL)");
                    table.ForeignKey(
                        name: "FK_RepairServices_Initiatives_InitiativeId",
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

            migrationBuilder.CreateIndex(
                name: "IX_RepairServices_Archived_Category",
                table: "RepairServices",
                columns: new[] { "Archived", "Category" });

            migrationBuilder.CreateIndex(
                name: "IX_RepairServices_InitiativeId_Archived",
                table: "RepairServices",
                columns: new[] { "InitiativeId", "Archived" });

            migrationBuilder.CreateIndex(
                name: "IX_RepairServices_InitiativeId_ExternalId",
                table: "RepairServices",
                columns: new[] { "InitiativeId", "ExternalId" },
                unique: true,
                filter: "\"ExternalId\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RepairEntries");

            migrationBuilder.DropTable(
                name: "RepairServices");
        }
    }
}
