using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StocktakingCms.Taxonomies.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TermItemIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_TermLinks_TaxonomyCode_TermCode_Published_ContentItemId",
                table: "TermLinks",
                columns: new[] { "TaxonomyCode", "TermCode", "Published", "ContentItemId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_TermLinks_TaxonomyCode_TermCode_Published_ContentItemId",
                table: "TermLinks");
        }
    }
}
