using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Omigjen.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ImpactMonthTotals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ImpactMonthTotals",
                columns: table => new
                {
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Month = table.Column<int>(type: "integer", nullable: false),
                    Category = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Channel = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    FactorSetVersion = table.Column<int>(type: "integer", nullable: false),
                    Acts = table.Column<int>(type: "integer", nullable: false),
                    Quantity = table.Column<int>(type: "integer", nullable: false),
                    WeightGrams = table.Column<long>(type: "bigint", nullable: false),
                    MeasuredGrams = table.Column<long>(type: "bigint", nullable: false),
                    MeasuredQuantity = table.Column<int>(type: "integer", nullable: false),
                    EstimatedQuantity = table.Column<int>(type: "integer", nullable: false),
                    Co2eGrams = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImpactMonthTotals", x => new { x.Year, x.Month, x.Category, x.Channel, x.FactorSetVersion });
                    table.ForeignKey(
                        name: "FK_ImpactMonthTotals_FactorSets_FactorSetVersion",
                        column: x => x.FactorSetVersion,
                        principalTable: "FactorSets",
                        principalColumn: "Version",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ImpactMonthTotals_FactorSetVersion",
                table: "ImpactMonthTotals",
                column: "FactorSetVersion");

            // The totals start as the sum of the per-initiative roll-up, so figures already counted stay counted.
            migrationBuilder.Sql("""
                INSERT INTO "ImpactMonthTotals" ("Year", "Month", "Category", "Channel", "FactorSetVersion",
                    "Acts", "Quantity", "WeightGrams", "MeasuredGrams", "MeasuredQuantity", "EstimatedQuantity", "Co2eGrams")
                SELECT "Year", "Month", "Category", "Channel", "FactorSetVersion",
                    SUM("Acts"), SUM("Quantity"), SUM("WeightGrams"), SUM("MeasuredGrams"), SUM("MeasuredQuantity"),
                    SUM("EstimatedQuantity"), SUM("Co2eGrams")
                FROM "ImpactMonths"
                GROUP BY "Year", "Month", "Category", "Channel", "FactorSetVersion"
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ImpactMonthTotals");
        }
    }
}
