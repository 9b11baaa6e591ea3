using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Omigjen.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class StandingPickups : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "PickupId",
                table: "IntakeLots",
                type: "bigint",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "IntakeStandingPickups",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PlanId = table.Column<int>(type: "integer", nullable: false),
                    PartnerId = table.Column<int>(type: "integer", nullable: false),
                    StationId = table.Column<int>(type: "integer", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    State = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CancelledBy = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    CancelledById = table.Column<string>(type: "text", nullable: true),
                    CancelReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ConfirmedById = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IntakeStandingPickups", x => x.Id);
                    table.CheckConstraint("CK_IntakeStandingPickups_Cancel", "(\"State\" = 'Cancelled') = (\"CancelReason\" IS NOT NULL AND \"CancelledBy\" IS NOT NULL)");
                    table.ForeignKey(
                        name: "FK_IntakeStandingPickups_AspNetUsers_CancelledById",
                        column: x => x.CancelledById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_IntakeStandingPickups_AspNetUsers_ConfirmedById",
                        column: x => x.ConfirmedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_IntakeStandingPickups_IntakePartners_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "IntakePartners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_IntakeStandingPickups_IntakePickupPlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "IntakePickupPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_IntakeStandingPickups_Stations_StationId",
                        column: x => x.StationId,
                        principalTable: "Stations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "IntakePickupTaken",
                columns: table => new
                {
                    PickupId = table.Column<long>(type: "bigint", nullable: false),
                    Category = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Kg = table.Column<decimal>(type: "numeric(9,3)", precision: 9, scale: 3, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IntakePickupTaken", x => new { x.PickupId, x.Category });
                    table.CheckConstraint("CK_IntakePickupTaken_Kg", "CAST(\"Kg\" AS REAL) >= 0 AND CAST(\"Kg\" AS REAL) <= 2000");
                    table.ForeignKey(
                        name: "FK_IntakePickupTaken_IntakeStandingPickups_PickupId",
                        column: x => x.PickupId,
                        principalTable: "IntakeStandingPickups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_IntakeLots_PickupId",
                table: "IntakeLots",
                column: "PickupId");

            migrationBuilder.CreateIndex(
                name: "IX_IntakeStandingPickups_CancelledById",
                table: "IntakeStandingPickups",
                column: "CancelledById");

            migrationBuilder.CreateIndex(
                name: "IX_IntakeStandingPickups_ConfirmedById",
                table: "IntakeStandingPickups",
                column: "ConfirmedById");

            migrationBuilder.CreateIndex(
                name: "IX_IntakeStandingPickups_PartnerId_Date",
                table: "IntakeStandingPickups",
                columns: new[] { "PartnerId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_IntakeStandingPickups_PlanId_Date",
                table: "IntakeStandingPickups",
                columns: new[] { "PlanId", "Date" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IntakeStandingPickups_State_Date",
                table: "IntakeStandingPickups",
                columns: new[] { "State", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_IntakeStandingPickups_StationId_Date",
                table: "IntakeStandingPickups",
                columns: new[] { "StationId", "Date" });

            migrationBuilder.AddForeignKey(
                name: "FK_IntakeLots_IntakeStandingPickups_PickupId",
                table: "IntakeLots",
                column: "PickupId",
                principalTable: "IntakeStandingPickups",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_IntakeLots_IntakeStandingPickups_PickupId",
                table: "IntakeLots");

            migrationBuilder.DropTable(
                name: "IntakePickupTaken");

            migrationBuilder.DropTable(
                name: "IntakeStandingPickups");

            migrationBuilder.DropIndex(
                name: "IX_IntakeLots_PickupId",
                table: "IntakeLots");

            migrationBuilder.DropColumn(
                name: "PickupId",
                table: "IntakeLots");
        }
    }
}
