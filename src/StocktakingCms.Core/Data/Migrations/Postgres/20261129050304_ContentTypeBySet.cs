using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StocktakingCms.Core.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ContentTypeBySet : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_ContentItems_ContentType_LocalizationSet",
                table: "ContentItems",
                columns: new[] { "ContentType", "LocalizationSet" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ContentItems_ContentType_LocalizationSet",
                table: "ContentItems");
        }
    }
}
