using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Omigjen.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PendingPhotosAndApproximatePins : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "PositionApproximate",
                table: "InitiativeLocations",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "PendingPhotos",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Width = table.Column<int>(type: "INTEGER", nullable: false),
                    Height = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PendingPhotos", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PendingPhotos_CreatedAt",
                table: "PendingPhotos",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_PendingPhotos_Key",
                table: "PendingPhotos",
                column: "Key",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PendingPhotos");

            migrationBuilder.DropColumn(
                name: "PositionApproximate",
                table: "InitiativeLocations");
        }
    }
}
