using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Omigjen.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PointsProgramme : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PointsAccounts",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false),
                    Redemptions = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PointsAccounts", x => x.UserId);
                    table.ForeignKey(
                        name: "FK_PointsAccounts_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PointsCodes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CodeHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    InitiativeId = table.Column<int>(type: "integer", nullable: false),
                    Action = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Points = table.Column<int>(type: "integer", nullable: false),
                    IssuedByUserId = table.Column<string>(type: "text", nullable: true),
                    IssuedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ClaimedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ClaimedByUserId = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PointsCodes", x => x.Id);
                    table.CheckConstraint("CK_PointsCodes_Points", "\"Points\" >= 0");
                    table.ForeignKey(
                        name: "FK_PointsCodes_AspNetUsers_ClaimedByUserId",
                        column: x => x.ClaimedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_PointsCodes_AspNetUsers_IssuedByUserId",
                        column: x => x.IssuedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_PointsCodes_Initiatives_InitiativeId",
                        column: x => x.InitiativeId,
                        principalTable: "Initiatives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PointsCounters",
                columns: table => new
                {
                    Scope = table.Column<int>(type: "integer", nullable: false),
                    Key = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    Period = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Total = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PointsCounters", x => new { x.Scope, x.Key, x.Period });
                    table.CheckConstraint("CK_PointsCounters_Total", "\"Total\" >= 0");
                });

            migrationBuilder.CreateTable(
                name: "PointsEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<string>(type: "text", nullable: true),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Points = table.Column<int>(type: "integer", nullable: false),
                    InitiativeId = table.Column<int>(type: "integer", nullable: true),
                    Action = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    SourceKey = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PointsEntries", x => x.Id);
                    table.CheckConstraint("CK_PointsEntries_Sign", "(\"Kind\" = 'Credit' AND \"Points\" > 0) OR (\"Kind\" = 'Redemption' AND \"Points\" < 0)");
                    table.ForeignKey(
                        name: "FK_PointsEntries_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_PointsEntries_Initiatives_InitiativeId",
                        column: x => x.InitiativeId,
                        principalTable: "Initiatives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "PointsIssuers",
                columns: table => new
                {
                    InitiativeId = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    RequestedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DecidedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PointsIssuers", x => x.InitiativeId);
                    table.ForeignKey(
                        name: "FK_PointsIssuers_Initiatives_InitiativeId",
                        column: x => x.InitiativeId,
                        principalTable: "Initiatives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PointsRules",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    BuyingUsedPoints = table.Column<int>(type: "integer", nullable: false),
                    LoanPoints = table.Column<int>(type: "integer", nullable: false),
                    RepairPoints = table.Column<int>(type: "integer", nullable: false),
                    HandInPoints = table.Column<int>(type: "integer", nullable: false),
                    ActivityPoints = table.Column<int>(type: "integer", nullable: false),
                    ResidentDailyCap = table.Column<int>(type: "integer", nullable: false),
                    ResidentMonthlyCap = table.Column<int>(type: "integer", nullable: false),
                    IssuerDailyCap = table.Column<int>(type: "integer", nullable: false),
                    CodeLifetimeMinutes = table.Column<int>(type: "integer", nullable: false),
                    PointsLifetimeMonths = table.Column<int>(type: "integer", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PointsRules", x => x.Id);
                    table.CheckConstraint("CK_PointsRules_Positive", "\"BuyingUsedPoints\" >= 0 AND \"LoanPoints\" >= 0 AND \"RepairPoints\" >= 0 AND \"HandInPoints\" >= 0 AND \"ActivityPoints\" >= 0 AND \"ResidentDailyCap\" >= 0 AND \"ResidentMonthlyCap\" >= 0 AND \"IssuerDailyCap\" >= 0 AND \"CodeLifetimeMinutes\" > 0 AND \"PointsLifetimeMonths\" > 0");
                    table.CheckConstraint("CK_PointsRules_Single", "\"Id\" = 1");
                });

            migrationBuilder.CreateTable(
                name: "Rewards",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    InitiativeId = table.Column<int>(type: "integer", nullable: true),
                    TitleNb = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    TitleEn = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    DescriptionNb = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    DescriptionEn = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    PointsPrice = table.Column<int>(type: "integer", nullable: false),
                    Stock = table.Column<int>(type: "integer", nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    ValidTo = table.Column<DateOnly>(type: "date", nullable: true),
                    Withdrawn = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Rewards", x => x.Id);
                    table.CheckConstraint("CK_Rewards_Price", "\"PointsPrice\" > 0");
                    table.CheckConstraint("CK_Rewards_Stock", "\"Stock\" >= 0");
                    table.ForeignKey(
                        name: "FK_Rewards_Initiatives_InitiativeId",
                        column: x => x.InitiativeId,
                        principalTable: "Initiatives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Vouchers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RewardId = table.Column<int>(type: "integer", nullable: false),
                    UserId = table.Column<string>(type: "text", nullable: true),
                    Code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    PointsPaid = table.Column<int>(type: "integer", nullable: false),
                    IssuedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UsedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    UsedAtInitiativeId = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Vouchers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Vouchers_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Vouchers_Initiatives_UsedAtInitiativeId",
                        column: x => x.UsedAtInitiativeId,
                        principalTable: "Initiatives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Vouchers_Rewards_RewardId",
                        column: x => x.RewardId,
                        principalTable: "Rewards",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PointsCodes_ClaimedByUserId",
                table: "PointsCodes",
                column: "ClaimedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_PointsCodes_CodeHash",
                table: "PointsCodes",
                column: "CodeHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PointsCodes_InitiativeId_ClaimedAt",
                table: "PointsCodes",
                columns: new[] { "InitiativeId", "ClaimedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PointsCodes_InitiativeId_IssuedAt",
                table: "PointsCodes",
                columns: new[] { "InitiativeId", "IssuedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PointsCodes_IssuedByUserId",
                table: "PointsCodes",
                column: "IssuedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_PointsEntries_InitiativeId_At",
                table: "PointsEntries",
                columns: new[] { "InitiativeId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_PointsEntries_SourceKey",
                table: "PointsEntries",
                column: "SourceKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PointsEntries_UserId_At",
                table: "PointsEntries",
                columns: new[] { "UserId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_PointsIssuers_Status",
                table: "PointsIssuers",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_Rewards_InitiativeId_Withdrawn",
                table: "Rewards",
                columns: new[] { "InitiativeId", "Withdrawn" });

            migrationBuilder.CreateIndex(
                name: "IX_Vouchers_Code",
                table: "Vouchers",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Vouchers_RewardId",
                table: "Vouchers",
                column: "RewardId");

            migrationBuilder.CreateIndex(
                name: "IX_Vouchers_UsedAtInitiativeId",
                table: "Vouchers",
                column: "UsedAtInitiativeId");

            migrationBuilder.CreateIndex(
                name: "IX_Vouchers_UserId_IssuedAt",
                table: "Vouchers",
                columns: new[] { "UserId", "IssuedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PointsAccounts");

            migrationBuilder.DropTable(
                name: "PointsCodes");

            migrationBuilder.DropTable(
                name: "PointsCounters");

            migrationBuilder.DropTable(
                name: "PointsEntries");

            migrationBuilder.DropTable(
                name: "PointsIssuers");

            migrationBuilder.DropTable(
                name: "PointsRules");

            migrationBuilder.DropTable(
                name: "Vouchers");

            migrationBuilder.DropTable(
                name: "Rewards");
        }
    }
}
