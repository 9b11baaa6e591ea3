using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Omigjen.Web.Data.Migrations.Sqlite
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InitiativeId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    PriceKind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    PriceNok = table.Column<int>(type: "INTEGER", nullable: false),
                    DepositNok = table.Column<int>(type: "INTEGER", nullable: true),
                    MaxDays = table.Column<int>(type: "INTEGER", nullable: false),
                    LeadTimeHours = table.Column<int>(type: "INTEGER", nullable: false),
                    StaffedHours = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    SelfService = table.Column<bool>(type: "INTEGER", nullable: false),
                    SearchTerms = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Latitude = table.Column<double>(type: "REAL", nullable: false),
                    Longitude = table.Column<double>(type: "REAL", nullable: false),
                    PhotoKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    PhotoAlt = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Archived = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TypeId = table.Column<int>(type: "INTEGER", nullable: false),
                    Label = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    LabelKey = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    StateNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TypeId = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    LabelKey = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    PickupAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReturnBy = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CoBorrowerName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CoBorrowerAge = table.Column<int>(type: "INTEGER", nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    OfferedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    TypeId = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", nullable: true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    PickupAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReturnBy = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CoBorrowerName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CoBorrowerAge = table.Column<int>(type: "INTEGER", nullable: true),
                    BorrowerName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CheckedOutAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReturnedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CancelledAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ConditionNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    OfferExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    WaitlistEntryId = table.Column<int>(type: "INTEGER", nullable: true),
                    PickupReminderSentAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReturnReminderSentAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    OverdueNoticeSentAt = table.Column<DateTime>(type: "TEXT", nullable: true)
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

            // No two active bookings of one unit may overlap: the triggers refuse the second, and the booking
            // transactions (BEGIN IMMEDIATE) serialise, so a check and its insert see the same bookings.
            foreach (var (name, when, self) in new[]
            {
                ("Bookings_NoOverlap_Insert", "BEFORE INSERT ON \"Bookings\"", ""),
                ("Bookings_NoOverlap_Update", "BEFORE UPDATE OF \"UnitId\", \"PickupAt\", \"ReturnBy\", \"Status\" ON \"Bookings\"", "b.\"Id\" <> NEW.\"Id\" AND "),
            })
            {
                migrationBuilder.Sql($"""
                    CREATE TRIGGER "{name}" {when}
                    WHEN NEW."Status" IN ('Offered', 'Booked', 'CheckedOut')
                    BEGIN
                        SELECT RAISE(ABORT, 'EX_Bookings_Unit_Period: overlapping booking of the unit')
                        WHERE EXISTS (SELECT 1 FROM "Bookings" b
                                      WHERE {self}b."UnitId" = NEW."UnitId" AND b."Status" IN ('Offered', 'Booked', 'CheckedOut')
                                        AND b."PickupAt" < NEW."ReturnBy" AND NEW."PickupAt" < b."ReturnBy");
                    END;
                    """);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"Bookings_NoOverlap_Insert\";");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"Bookings_NoOverlap_Update\";");
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
