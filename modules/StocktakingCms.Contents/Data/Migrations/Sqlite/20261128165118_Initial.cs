using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StocktakingCms.Contents.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AutorouteEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ContentItemId = table.Column<string>(type: "TEXT", maxLength: 26, nullable: false),
                    Culture = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Published = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AutorouteEntries", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AutorouteEntries_ContentItemId_Published",
                table: "AutorouteEntries",
                columns: new[] { "ContentItemId", "Published" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AutorouteEntries_Slug_Culture_Published",
                table: "AutorouteEntries",
                columns: new[] { "Slug", "Culture", "Published" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AutorouteEntries");
        }
    }
}
