using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Omigjen.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RepairServices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
                name: "RepairServices");
        }
    }
}
