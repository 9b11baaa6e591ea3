using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Omigjen.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Decompound : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "TermsVersion",
                table: "Items",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateIndex(
                name: "IX_Items_TermsVersion_Id",
                table: "Items",
                columns: new[] { "TermsVersion", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Items_TermsVersion_Id",
                table: "Items");

            migrationBuilder.DropColumn(
                name: "TermsVersion",
                table: "Items");
        }
    }
}
