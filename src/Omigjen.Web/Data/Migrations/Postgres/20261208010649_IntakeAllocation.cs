using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Omigjen.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class IntakeAllocation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "IntakeAllocationRules",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Rule = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ChangedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ChangedById = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IntakeAllocationRules", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IntakeAllocationRules_AspNetUsers_ChangedById",
                        column: x => x.ChangedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "IntakeLotAnnouncements",
                columns: table => new
                {
                    LotId = table.Column<long>(type: "bigint", nullable: false),
                    AnnouncedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ClaimsCloseAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    AnnouncedById = table.Column<string>(type: "text", nullable: true),
                    Automatic = table.Column<bool>(type: "boolean", nullable: false),
                    Partners = table.Column<int>(type: "integer", nullable: false),
                    Claims = table.Column<int>(type: "integer", nullable: false),
                    ClosedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IntakeLotAnnouncements", x => x.LotId);
                    table.CheckConstraint("CK_IntakeLotAnnouncements_Window", "\"ClaimsCloseAt\" > \"AnnouncedAt\"");
                    table.ForeignKey(
                        name: "FK_IntakeLotAnnouncements_AspNetUsers_AnnouncedById",
                        column: x => x.AnnouncedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_IntakeLotAnnouncements_IntakeLots_LotId",
                        column: x => x.LotId,
                        principalTable: "IntakeLots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IntakePartners",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    InitiativeId = table.Column<int>(type: "integer", nullable: false),
                    Agreement = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    NonProfit = table.Column<bool>(type: "boolean", nullable: false),
                    ReturnToUse = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    ApprovedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ApprovedById = table.Column<string>(type: "text", nullable: true),
                    WithdrawnAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IntakePartners", x => x.Id);
                    table.CheckConstraint("CK_IntakePartners_Period", "\"StartsOn\" <= \"EndsOn\"");
                    table.ForeignKey(
                        name: "FK_IntakePartners_AspNetUsers_ApprovedById",
                        column: x => x.ApprovedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_IntakePartners_Initiatives_InitiativeId",
                        column: x => x.InitiativeId,
                        principalTable: "Initiatives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "IntakeAllocationDecisions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    LotId = table.Column<long>(type: "bigint", nullable: false),
                    StationId = table.Column<int>(type: "integer", nullable: false),
                    Category = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    WeightKg = table.Column<decimal>(type: "numeric(9,3)", precision: 9, scale: 3, nullable: false),
                    PartnerId = table.Column<int>(type: "integer", nullable: true),
                    Rule = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Claims = table.Column<int>(type: "integer", nullable: false),
                    DecidedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ReasonNb = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    ReasonEn = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    ConfirmedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ConfirmedById = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IntakeAllocationDecisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IntakeAllocationDecisions_AspNetUsers_ConfirmedById",
                        column: x => x.ConfirmedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_IntakeAllocationDecisions_IntakeLots_LotId",
                        column: x => x.LotId,
                        principalTable: "IntakeLots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_IntakeAllocationDecisions_IntakePartners_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "IntakePartners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_IntakeAllocationDecisions_Stations_StationId",
                        column: x => x.StationId,
                        principalTable: "Stations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "IntakeLotClaims",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    LotId = table.Column<long>(type: "bigint", nullable: false),
                    PartnerId = table.Column<int>(type: "integer", nullable: false),
                    ClaimedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ClaimedById = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IntakeLotClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IntakeLotClaims_AspNetUsers_ClaimedById",
                        column: x => x.ClaimedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_IntakeLotClaims_IntakeLotAnnouncements_LotId",
                        column: x => x.LotId,
                        principalTable: "IntakeLotAnnouncements",
                        principalColumn: "LotId",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_IntakeLotClaims_IntakePartners_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "IntakePartners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IntakePartnerCategories",
                columns: table => new
                {
                    PartnerId = table.Column<int>(type: "integer", nullable: false),
                    Category = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    FirstPick = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IntakePartnerCategories", x => new { x.PartnerId, x.Category });
                    table.ForeignKey(
                        name: "FK_IntakePartnerCategories_IntakePartners_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "IntakePartners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IntakePickupPlans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PartnerId = table.Column<int>(type: "integer", nullable: false),
                    StationId = table.Column<int>(type: "integer", nullable: false),
                    Weekday = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Fortnightly = table.Column<bool>(type: "boolean", nullable: false),
                    FromDate = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IntakePickupPlans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IntakePickupPlans_IntakePartners_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "IntakePartners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_IntakePickupPlans_Stations_StationId",
                        column: x => x.StationId,
                        principalTable: "Stations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_IntakeAllocationDecisions_ConfirmedById",
                table: "IntakeAllocationDecisions",
                column: "ConfirmedById");

            migrationBuilder.CreateIndex(
                name: "IX_IntakeAllocationDecisions_DecidedAt",
                table: "IntakeAllocationDecisions",
                column: "DecidedAt");

            migrationBuilder.CreateIndex(
                name: "IX_IntakeAllocationDecisions_LotId",
                table: "IntakeAllocationDecisions",
                column: "LotId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IntakeAllocationDecisions_PartnerId_Category_DecidedAt",
                table: "IntakeAllocationDecisions",
                columns: new[] { "PartnerId", "Category", "DecidedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_IntakeAllocationDecisions_StationId",
                table: "IntakeAllocationDecisions",
                column: "StationId");

            migrationBuilder.CreateIndex(
                name: "IX_IntakeAllocationRules_ChangedAt",
                table: "IntakeAllocationRules",
                column: "ChangedAt");

            migrationBuilder.CreateIndex(
                name: "IX_IntakeAllocationRules_ChangedById",
                table: "IntakeAllocationRules",
                column: "ChangedById");

            migrationBuilder.CreateIndex(
                name: "IX_IntakeLotAnnouncements_AnnouncedById",
                table: "IntakeLotAnnouncements",
                column: "AnnouncedById");

            migrationBuilder.CreateIndex(
                name: "IX_IntakeLotAnnouncements_ClosedAt_ClaimsCloseAt",
                table: "IntakeLotAnnouncements",
                columns: new[] { "ClosedAt", "ClaimsCloseAt" });

            migrationBuilder.CreateIndex(
                name: "IX_IntakeLotClaims_ClaimedById",
                table: "IntakeLotClaims",
                column: "ClaimedById");

            migrationBuilder.CreateIndex(
                name: "IX_IntakeLotClaims_LotId_PartnerId",
                table: "IntakeLotClaims",
                columns: new[] { "LotId", "PartnerId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IntakeLotClaims_PartnerId_ClaimedAt",
                table: "IntakeLotClaims",
                columns: new[] { "PartnerId", "ClaimedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_IntakePartnerCategories_Category",
                table: "IntakePartnerCategories",
                column: "Category");

            migrationBuilder.CreateIndex(
                name: "IX_IntakePartners_ApprovedById",
                table: "IntakePartners",
                column: "ApprovedById");

            migrationBuilder.CreateIndex(
                name: "IX_IntakePartners_InitiativeId",
                table: "IntakePartners",
                column: "InitiativeId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IntakePickupPlans_PartnerId_StationId_Weekday",
                table: "IntakePickupPlans",
                columns: new[] { "PartnerId", "StationId", "Weekday" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IntakePickupPlans_StationId_Weekday",
                table: "IntakePickupPlans",
                columns: new[] { "StationId", "Weekday" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "IntakeAllocationDecisions");

            migrationBuilder.DropTable(
                name: "IntakeAllocationRules");

            migrationBuilder.DropTable(
                name: "IntakeLotClaims");

            migrationBuilder.DropTable(
                name: "IntakePartnerCategories");

            migrationBuilder.DropTable(
                name: "IntakePickupPlans");

            migrationBuilder.DropTable(
                name: "IntakeLotAnnouncements");

            migrationBuilder.DropTable(
                name: "IntakePartners");
        }
    }
}
