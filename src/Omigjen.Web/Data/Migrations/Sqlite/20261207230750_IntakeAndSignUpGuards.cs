using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Omigjen.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class IntakeAndSignUpGuards : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ActivityOccasions_StartUtc_Kind",
                table: "ActivityOccasions");

            migrationBuilder.CreateTable(
                name: "Stations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Latitude = table.Column<double>(type: "REAL", nullable: false),
                    Longitude = table.Column<double>(type: "REAL", nullable: false),
                    OpeningHours = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Stations", x => x.Id);
                    table.CheckConstraint("CK_Stations_Latitude", "\"Latitude\" BETWEEN -90 AND 90");
                    table.CheckConstraint("CK_Stations_Longitude", "\"Longitude\" BETWEEN -180 AND 180");
                });

            migrationBuilder.CreateTable(
                name: "IntakeLots",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    StationId = table.Column<int>(type: "INTEGER", nullable: false),
                    IdempotencyKey = table.Column<Guid>(type: "TEXT", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    WeightKg = table.Column<decimal>(type: "TEXT", precision: 9, scale: 3, nullable: false),
                    WeightSource = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Condition = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Safety = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    RegisteredById = table.Column<string>(type: "TEXT", nullable: true),
                    RegisteredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UndoneAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IntakeLots", x => x.Id);
                    table.CheckConstraint("CK_IntakeLots_Count", "\"Count\" BETWEEN 1 AND 500");
                    table.CheckConstraint("CK_IntakeLots_Safety", "(\"Safety\" IS NULL) = (\"State\" <> 'RefusedForSafety')");
                    table.CheckConstraint("CK_IntakeLots_Weight", "CAST(\"WeightKg\" AS REAL) > 0 AND CAST(\"WeightKg\" AS REAL) <= 2000");
                    table.ForeignKey(
                        name: "FK_IntakeLots_AspNetUsers_RegisteredById",
                        column: x => x.RegisteredById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_IntakeLots_Stations_StationId",
                        column: x => x.StationId,
                        principalTable: "Stations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "StationStaff",
                columns: table => new
                {
                    StationId = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    GrantedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    GrantedById = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StationStaff", x => new { x.StationId, x.UserId });
                    table.ForeignKey(
                        name: "FK_StationStaff_AspNetUsers_GrantedById",
                        column: x => x.GrantedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_StationStaff_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_StationStaff_Stations_StationId",
                        column: x => x.StationId,
                        principalTable: "Stations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IntakeLotPhotos",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LotId = table.Column<long>(type: "INTEGER", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Width = table.Column<int>(type: "INTEGER", nullable: false),
                    Height = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IntakeLotPhotos", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IntakeLotPhotos_IntakeLots_LotId",
                        column: x => x.LotId,
                        principalTable: "IntakeLots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "UX_ActivitySignUps_Active_Account",
                table: "ActivitySignUps",
                columns: new[] { "OccasionId", "UserId" },
                unique: true,
                filter: "\"UserId\" IS NOT NULL AND \"Status\" NOT IN ('Cancelled', 'Lapsed')");

            migrationBuilder.CreateIndex(
                name: "UX_ActivitySignUps_Active_Email",
                table: "ActivitySignUps",
                columns: new[] { "OccasionId", "Email" },
                unique: true,
                filter: "\"UserId\" IS NULL AND \"Status\" NOT IN ('Cancelled', 'Lapsed')");

            migrationBuilder.CreateIndex(
                name: "IX_ActivityOccasions_Time",
                table: "ActivityOccasions",
                columns: new[] { "StartUtc", "EndUtc", "InitiativeId", "Latitude", "Longitude" });

            migrationBuilder.CreateIndex(
                name: "IX_IntakeLotPhotos_LotId",
                table: "IntakeLotPhotos",
                column: "LotId");

            migrationBuilder.CreateIndex(
                name: "IX_IntakeLots_IdempotencyKey",
                table: "IntakeLots",
                column: "IdempotencyKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IntakeLots_RegisteredById_StationId_Id",
                table: "IntakeLots",
                columns: new[] { "RegisteredById", "StationId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_IntakeLots_State_RegisteredAt",
                table: "IntakeLots",
                columns: new[] { "State", "RegisteredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_IntakeLots_StationId_RegisteredAt",
                table: "IntakeLots",
                columns: new[] { "StationId", "RegisteredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Stations_Name",
                table: "Stations",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_Stations_Slug",
                table: "Stations",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StationStaff_GrantedById",
                table: "StationStaff",
                column: "GrantedById");

            migrationBuilder.CreateIndex(
                name: "IX_StationStaff_UserId",
                table: "StationStaff",
                column: "UserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "IntakeLotPhotos");

            migrationBuilder.DropTable(
                name: "StationStaff");

            migrationBuilder.DropTable(
                name: "IntakeLots");

            migrationBuilder.DropTable(
                name: "Stations");

            migrationBuilder.DropIndex(
                name: "UX_ActivitySignUps_Active_Account",
                table: "ActivitySignUps");

            migrationBuilder.DropIndex(
                name: "UX_ActivitySignUps_Active_Email",
                table: "ActivitySignUps");

            migrationBuilder.DropIndex(
                name: "IX_ActivityOccasions_Time",
                table: "ActivityOccasions");

            migrationBuilder.CreateIndex(
                name: "IX_ActivityOccasions_StartUtc_Kind",
                table: "ActivityOccasions",
                columns: new[] { "StartUtc", "Kind" });
        }
    }
}
