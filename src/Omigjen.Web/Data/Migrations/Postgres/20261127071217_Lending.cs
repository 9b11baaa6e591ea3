using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Omigjen.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Lending : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "LendingTypes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    InitiativeId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Category = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    PriceKind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    PriceNok = table.Column<int>(type: "integer", nullable: false),
                    DepositNok = table.Column<int>(type: "integer", nullable: true),
                    MaxDays = table.Column<int>(type: "integer", nullable: false),
                    LeadTimeHours = table.Column<int>(type: "integer", nullable: false),
                    StaffedHours = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    SelfService = table.Column<bool>(type: "boolean", nullable: false),
                    SearchTerms = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    Latitude = table.Column<double>(type: "double precision", nullable: false),
                    Longitude = table.Column<double>(type: "double precision", nullable: false),
                    PhotoKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    PhotoAlt = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Archived = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LendingTypes", x => x.Id);
                    table.CheckConstraint("CK_LendingTypes_MaxDays", "\"MaxDays\" BETWEEN 1 AND 90");
                    table.CheckConstraint("CK_LendingTypes_Price", "\"PriceNok\" >= 0");
                    table.ForeignKey(
                        name: "FK_LendingTypes_Initiatives_InitiativeId",
                        column: x => x.InitiativeId,
                        principalTable: "Initiatives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LendingUnits",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TypeId = table.Column<int>(type: "integer", nullable: false),
                    Label = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    LabelKey = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    State = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    StateNote = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LendingUnits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LendingUnits_LendingTypes_TypeId",
                        column: x => x.TypeId,
                        principalTable: "LendingTypes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WaitlistEntries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TypeId = table.Column<int>(type: "integer", nullable: false),
                    UserId = table.Column<string>(type: "text", nullable: false),
                    LabelKey = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    PickupAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ReturnBy = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CoBorrowerName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    CoBorrowerAge = table.Column<int>(type: "integer", nullable: true),
                    Phone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    OfferedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WaitlistEntries", x => x.Id);
                    table.CheckConstraint("CK_WaitlistEntries_Period", "\"ReturnBy\" > \"PickupAt\"");
                    table.ForeignKey(
                        name: "FK_WaitlistEntries_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_WaitlistEntries_LendingTypes_TypeId",
                        column: x => x.TypeId,
                        principalTable: "LendingTypes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Bookings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    TypeId = table.Column<int>(type: "integer", nullable: false),
                    UserId = table.Column<string>(type: "text", nullable: true),
                    Code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    PickupAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ReturnBy = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CoBorrowerName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    CoBorrowerAge = table.Column<int>(type: "integer", nullable: true),
                    BorrowerName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Phone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CheckedOutAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ReturnedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CancelledAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ConditionNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    OfferExpiresAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    WaitlistEntryId = table.Column<int>(type: "integer", nullable: true),
                    PickupReminderSentAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ReturnReminderSentAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    OverdueNoticeSentAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Bookings", x => x.Id);
                    table.CheckConstraint("CK_Bookings_CoBorrowerAge", "\"CoBorrowerAge\" IS NULL OR \"CoBorrowerAge\" BETWEEN 0 AND 120");
                    table.CheckConstraint("CK_Bookings_Period", "\"ReturnBy\" > \"PickupAt\"");
                    table.ForeignKey(
                        name: "FK_Bookings_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Bookings_LendingTypes_TypeId",
                        column: x => x.TypeId,
                        principalTable: "LendingTypes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Bookings_LendingUnits_UnitId",
                        column: x => x.UnitId,
                        principalTable: "LendingUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Bookings_WaitlistEntries_WaitlistEntryId",
                        column: x => x.WaitlistEntryId,
                        principalTable: "WaitlistEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Bookings_Code",
                table: "Bookings",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Bookings_Status_PickupAt",
                table: "Bookings",
                columns: new[] { "Status", "PickupAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Bookings_Status_ReturnBy",
                table: "Bookings",
                columns: new[] { "Status", "ReturnBy" });

            migrationBuilder.CreateIndex(
                name: "IX_Bookings_TypeId_PickupAt",
                table: "Bookings",
                columns: new[] { "TypeId", "PickupAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Bookings_UnitId_PickupAt_ReturnBy",
                table: "Bookings",
                columns: new[] { "UnitId", "PickupAt", "ReturnBy" });

            migrationBuilder.CreateIndex(
                name: "IX_Bookings_UserId_Status",
                table: "Bookings",
                columns: new[] { "UserId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Bookings_WaitlistEntryId",
                table: "Bookings",
                column: "WaitlistEntryId");

            migrationBuilder.CreateIndex(
                name: "IX_LendingTypes_InitiativeId_Archived",
                table: "LendingTypes",
                columns: new[] { "InitiativeId", "Archived" });

            migrationBuilder.CreateIndex(
                name: "IX_LendingTypes_Latitude_Longitude",
                table: "LendingTypes",
                columns: new[] { "Latitude", "Longitude" });

            migrationBuilder.CreateIndex(
                name: "IX_LendingUnits_TypeId_State_LabelKey",
                table: "LendingUnits",
                columns: new[] { "TypeId", "State", "LabelKey" });

            migrationBuilder.CreateIndex(
                name: "IX_WaitlistEntries_TypeId_Status_CreatedAt",
                table: "WaitlistEntries",
                columns: new[] { "TypeId", "Status", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_WaitlistEntries_UserId_Status",
                table: "WaitlistEntries",
                columns: new[] { "UserId", "Status" });

            // No two active bookings of one unit may overlap, whatever the concurrency: the database refuses the second.
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS btree_gist;");
            migrationBuilder.Sql("""
                ALTER TABLE "Bookings" ADD CONSTRAINT "EX_Bookings_Unit_Period"
                EXCLUDE USING gist ("UnitId" WITH =, tstzrange("PickupAt", "ReturnBy", '[)') WITH &&)
                WHERE ("Status" IN ('Offered', 'Booked', 'CheckedOut'));
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("ALTER TABLE \"Bookings\" DROP CONSTRAINT IF EXISTS \"EX_Bookings_Unit_Period\";");
            migrationBuilder.DropTable(
                name: "Bookings");

            migrationBuilder.DropTable(
                name: "LendingUnits");

            migrationBuilder.DropTable(
                name: "WaitlistEntries");

            migrationBuilder.DropTable(
                name: "LendingTypes");
        }
    }
}
