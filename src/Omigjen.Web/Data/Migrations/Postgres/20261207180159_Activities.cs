using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Omigjen.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Activities : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ActivitySeries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    InitiativeId = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Address = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Latitude = table.Column<double>(type: "double precision", nullable: false),
                    Longitude = table.Column<double>(type: "double precision", nullable: false),
                    StartLocal = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DurationMinutes = table.Column<int>(type: "integer", nullable: false),
                    RecurrenceRule = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ExceptionDates = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    PriceNok = table.Column<int>(type: "integer", nullable: true),
                    AgeFrom = table.Column<int>(type: "integer", nullable: true),
                    AgeTo = table.Column<int>(type: "integer", nullable: true),
                    Accessibility = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Language = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    WhatToBring = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Capacity = table.Column<int>(type: "integer", nullable: true),
                    OfferHours = table.Column<int>(type: "integer", nullable: false),
                    Cancelled = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActivitySeries", x => x.Id);
                    table.CheckConstraint("CK_ActivitySeries_Capacity", "\"Capacity\" IS NULL OR \"Capacity\" >= 1");
                    table.CheckConstraint("CK_ActivitySeries_Duration", "\"DurationMinutes\" BETWEEN 1 AND 10080");
                    table.CheckConstraint("CK_ActivitySeries_Price", "\"PriceNok\" IS NULL OR \"PriceNok\" >= 0");
                    table.ForeignKey(
                        name: "FK_ActivitySeries_Initiatives_InitiativeId",
                        column: x => x.InitiativeId,
                        principalTable: "Initiatives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ActivityOccasions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SeriesId = table.Column<long>(type: "bigint", nullable: false),
                    InitiativeId = table.Column<int>(type: "integer", nullable: false),
                    OriginalStartUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    StartUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    EndUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    PreviousStartUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Latitude = table.Column<double>(type: "double precision", nullable: false),
                    Longitude = table.Column<double>(type: "double precision", nullable: false),
                    IsFree = table.Column<bool>(type: "boolean", nullable: false),
                    AgeFrom = table.Column<int>(type: "integer", nullable: true),
                    AgeTo = table.Column<int>(type: "integer", nullable: true),
                    Capacity = table.Column<int>(type: "integer", nullable: true),
                    Taken = table.Column<int>(type: "integer", nullable: false),
                    WalkIns = table.Column<int>(type: "integer", nullable: false),
                    LastWaitPosition = table.Column<int>(type: "integer", nullable: false),
                    RemindedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActivityOccasions", x => x.Id);
                    table.CheckConstraint("CK_ActivityOccasions_Period", "\"EndUtc\" > \"StartUtc\"");
                    table.CheckConstraint("CK_ActivityOccasions_Taken", "\"Taken\" >= 0 AND (\"Capacity\" IS NULL OR \"Taken\" <= \"Capacity\")");
                    table.CheckConstraint("CK_ActivityOccasions_WalkIns", "\"WalkIns\" >= 0");
                    table.ForeignKey(
                        name: "FK_ActivityOccasions_ActivitySeries_SeriesId",
                        column: x => x.SeriesId,
                        principalTable: "ActivitySeries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ActivitySignUps",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OccasionId = table.Column<long>(type: "bigint", nullable: false),
                    UserId = table.Column<string>(type: "text", nullable: true),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Role = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Guests = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    WaitPosition = table.Column<int>(type: "integer", nullable: true),
                    OfferExpiresAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    TokenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Attended = table.Column<bool>(type: "boolean", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActivitySignUps", x => x.Id);
                    table.CheckConstraint("CK_ActivitySignUps_Guests", "\"Guests\" BETWEEN 0 AND 20");
                    table.CheckConstraint("CK_ActivitySignUps_Person", "\"UserId\" IS NOT NULL OR \"Email\" IS NOT NULL OR \"Status\" = 'Cancelled'");
                    table.ForeignKey(
                        name: "FK_ActivitySignUps_ActivityOccasions_OccasionId",
                        column: x => x.OccasionId,
                        principalTable: "ActivityOccasions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ActivitySignUps_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ActivityOccasions_InitiativeId_StartUtc",
                table: "ActivityOccasions",
                columns: new[] { "InitiativeId", "StartUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ActivityOccasions_Latitude_Longitude_StartUtc",
                table: "ActivityOccasions",
                columns: new[] { "Latitude", "Longitude", "StartUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ActivityOccasions_SeriesId_OriginalStartUtc",
                table: "ActivityOccasions",
                columns: new[] { "SeriesId", "OriginalStartUtc" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ActivityOccasions_StartUtc_Kind",
                table: "ActivityOccasions",
                columns: new[] { "StartUtc", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_ActivitySeries_InitiativeId_Cancelled",
                table: "ActivitySeries",
                columns: new[] { "InitiativeId", "Cancelled" });

            migrationBuilder.CreateIndex(
                name: "IX_ActivitySignUps_OccasionId_Status_WaitPosition",
                table: "ActivitySignUps",
                columns: new[] { "OccasionId", "Status", "WaitPosition" });

            migrationBuilder.CreateIndex(
                name: "IX_ActivitySignUps_Status_OfferExpiresAt",
                table: "ActivitySignUps",
                columns: new[] { "Status", "OfferExpiresAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ActivitySignUps_TokenHash",
                table: "ActivitySignUps",
                column: "TokenHash");

            migrationBuilder.CreateIndex(
                name: "IX_ActivitySignUps_UserId_Status",
                table: "ActivitySignUps",
                columns: new[] { "UserId", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ActivitySignUps");

            migrationBuilder.DropTable(
                name: "ActivityOccasions");

            migrationBuilder.DropTable(
                name: "ActivitySeries");
        }
    }
}
