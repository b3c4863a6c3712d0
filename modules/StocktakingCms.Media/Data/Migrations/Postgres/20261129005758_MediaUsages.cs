using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StocktakingCms.Media.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class MediaUsages : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "UsageTracked",
                table: "MediaFiles",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "MediaUsages",
                columns: table => new
                {
                    MediaId = table.Column<string>(type: "character varying(26)", maxLength: 26, nullable: false),
                    ContentItemId = table.Column<string>(type: "character varying(26)", maxLength: 26, nullable: false),
                    Published = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MediaUsages", x => new { x.MediaId, x.ContentItemId, x.Published });
                });

            migrationBuilder.CreateIndex(
                name: "IX_MediaUsages_ContentItemId_Published",
                table: "MediaUsages",
                columns: new[] { "ContentItemId", "Published" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MediaUsages");

            migrationBuilder.DropColumn(
                name: "UsageTracked",
                table: "MediaFiles");
        }
    }
}
